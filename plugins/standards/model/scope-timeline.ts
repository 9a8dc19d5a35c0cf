// A scope version's state on a day, from the timeline. The newest entry dated
// on or before the day decides; a version that entry does not list is
// deprecated (the community's files rely on this to retire versions); before
// the first entry nothing is in force yet, so every version is a draft.
import type { CalendarDate } from './front-matter-schema.js';
import { SCOPE_VERSION_STATES, type Scope, type ScopeVersion, type ScopeVersionState, type TimelineEntry } from './scope.js';

/** The entry in force on `date`: the newest dated on or before it (entries may be written in any order). */
export function timelineEntryAt(timeline: readonly TimelineEntry[], date: CalendarDate): TimelineEntry | undefined {
  let best: TimelineEntry | undefined;
  for (const entry of timeline) if (entry.date <= date && (!best || entry.date > best.date)) best = entry;
  return best;
}

export function scopeVersionStateAt(scope: Pick<Scope, 'timeline'>, version: string, date: CalendarDate): ScopeVersionState {
  const entry = timelineEntryAt(scope.timeline, date);
  if (!entry) return 'draft';
  return entry.versions[version] ?? 'deprecated';
}

export function isInForce(state: ScopeVersionState): boolean {
  return SCOPE_VERSION_STATES[state].inForce;
}

/** Versions newest first: by stabilization day (unreleased ones first), then as written. */
export function versionsNewestFirst(scope: Pick<Scope, 'versions'>): ScopeVersion[] {
  return scope.versions
    .map((version, index) => ({ version, index }))
    .sort((a, b) => {
      const dayA = a.version.stabilizedAt ?? '9999-12-31';
      const dayB = b.version.stabilizedAt ?? '9999-12-31';
      return dayA === dayB ? a.index - b.index : dayA < dayB ? 1 : -1;
    })
    .map(({ version }) => version);
}

export interface StateChange {
  date: CalendarDate;
  state: ScopeVersionState;
}

/**
 * A version's states over time, oldest first, one entry per change: what the
 * timeline drawing shows. A version the first entry omits starts as a draft.
 */
export function scopeVersionHistory(scope: Pick<Scope, 'timeline'>, version: string): StateChange[] {
  const ordered = [...scope.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const changes: StateChange[] = [];
  let seen = false;
  for (const entry of ordered) {
    const listed = entry.versions[version];
    if (!listed && !seen) continue; // not yet mentioned: still in preparation
    seen = true;
    const state = listed ?? 'deprecated';
    if (changes.at(-1)?.state !== state) changes.push({ date: entry.date, state });
  }
  return changes;
}

/**
 * A version's state from each day of the timeline on, oldest first, one entry
 * per change, exactly as `scopeVersionStateAt` reads the timeline (a version
 * an entry does not list is deprecated from that entry on; entries of the same
 * day count as written first). Before the first entry the version is a draft.
 * A page carries this instead of the whole timeline and computes the state on
 * any day with `stateOnSchedule`.
 */
export function scopeVersionSchedule(scope: Pick<Scope, 'timeline'>, version: string): StateChange[] {
  const ordered = scope.timeline.map((entry, index) => ({ entry, index })).sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.index - b.index));
  const changes: StateChange[] = [];
  let previousDay: CalendarDate | null = null;
  for (const { entry } of ordered) {
    if (entry.date === previousDay) continue; // the first written of a day decides
    previousDay = entry.date;
    const state = entry.versions[version] ?? 'deprecated';
    if (changes.length === 0 || changes.at(-1)!.state !== state) changes.push({ date: entry.date, state });
  }
  return changes;
}

/** The state on `date` of a version with this schedule (`scopeVersionSchedule`): the last change on or before it, else draft. */
export function stateOnSchedule(schedule: readonly StateChange[], date: CalendarDate): ScopeVersionState {
  let state: ScopeVersionState = 'draft';
  for (const change of schedule) {
    if (change.date > date) break;
    state = change.state;
  }
  return state;
}
