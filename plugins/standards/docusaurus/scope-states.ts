// Scope props with every state recomputed for another day, from the schedules
// and dates they carry: what the browser runs so the scope page, and the scope
// lists of status and document pages, show the states of the day they are read
// (or of a `?date=`). Pure and free of Node; the same answers as building the
// props for that day (scope-states.test.ts checks this on our scopes).
import type { CalendarDate } from '../model/front-matter-schema.js';
import { SCOPE_VERSION_STATES } from '../model/scope.js';
import { stateOnSchedule } from '../model/scope-timeline.js';
import { atDate } from './dated.js';
import type { ScopePageProp, ScopeUsageProp, ScopeVersionColumn, TrackScopeProp, TrackScopeVersion } from './scope-props.js';

/** An item with a state schedule, with its state for `date`; itself when unchanged (so React can skip it). */
function scheduledAt<T extends ScopeVersionColumn | ScopeUsageProp | TrackScopeVersion>(item: T, date: CalendarDate): T {
  const state = stateOnSchedule(item.schedule, date);
  return state === item.state ? item : { ...item, state, stateLabel: SCOPE_VERSION_STATES[state].label };
}

/** The scope versions that include a document, with their states on `date`. */
export function scopeUsageAt(usage: readonly ScopeUsageProp[], date: CalendarDate): ScopeUsageProp[] {
  return usage.map((entry) => scheduledAt(entry, date));
}

/** The scopes of the Scopes track page with each version's state on `date`; a scope whose states are unchanged stays itself. */
export function trackScopesAt(scopes: readonly TrackScopeProp[], date: CalendarDate): TrackScopeProp[] {
  return scopes.map((scope) => {
    const versions = scope.versions.map((version) => scheduledAt(version, date));
    return versions.every((version, index) => version === scope.versions[index]) ? scope : { ...scope, versions };
  });
}

/** The scope page on `date`: each version's state, and each module's standard version's state. */
export function scopePageAt(page: ScopePageProp, date: CalendarDate): ScopePageProp {
  if (page.date === date) return page;
  return {
    ...page,
    date,
    columns: page.columns.map((column) => scheduledAt(column, date)),
    rows: page.rows.map((row) => (row.standard ? { ...row, standard: atDate(row.standard, date) } : row)),
  };
}
