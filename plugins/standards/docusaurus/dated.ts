// States on a chosen day, from the dates a page carries. The build computes a
// page's props with these functions for the build day; the page runs the same
// functions in the browser for the day it is read (or the `?date=` asked
// for). Pure and free of Node: everything imported here ends up in the
// browser bundle, so it stays small (model/lifecycle, model/vocabulary).
import type { CalendarDate } from '../model/front-matter-schema.js';
import { addDays, currentVersion, isCalendarDate, lifecycleStateAt, stateChangeDays, type LifecycleFields } from '../model/lifecycle.js';
import { LIFECYCLE_STATES, type LifecycleState } from '../model/vocabulary.js';
import type { Status } from '../model/vocabulary.js';

/** What the lifecycle function reads of a version: all a page needs to compute its state on any day. */
export interface LifecycleDates extends LifecycleFields {
  status: Status | null;
  stabilizedAt: CalendarDate | null;
  deprecatedAt: CalendarDate | null;
  /** The N of vN (wN for supplements), for "the current version". */
  version: number;
}

export type Column = (typeof LIFECYCLE_STATES)[LifecycleState]['column'];

/** States that announce a transition still to come; the overview marks them. */
export const FUTURE_STATES: ReadonlySet<LifecycleState> = new Set(['effective-soon', 'deprecation-scheduled']);

/** How a state is shown: badge, overview column, the ◷ mark and a short note on what comes. */
export interface StateView {
  state: LifecycleState | null;
  stateLabel: string | null;
  column: Column | null;
  /** A transition is scheduled after the day. */
  future: boolean;
  /** A short note on that transition, e.g. `from 2026-03-01`. */
  note: string | null;
}

export function stateLabel(state: LifecycleState | null): string | null {
  return state === null ? null : LIFECYCLE_STATES[state].label;
}

export function stateViewAt(dates: LifecycleDates | null, date: CalendarDate): StateView {
  const state = dates === null ? null : lifecycleStateAt(dates, date);
  const note =
    state === 'effective-soon' ? `from ${dates!.stabilizedAt}` : state === 'deprecation-scheduled' ? `until ${dates!.deprecatedAt}` : null;
  return {
    state,
    stateLabel: stateLabel(state),
    column: state === null ? null : LIFECYCLE_STATES[state].column,
    future: state !== null && FUTURE_STATES.has(state),
    note,
  };
}

/** Anything that carries its dates and its state (links, version rows). */
export interface Dated {
  dates: LifecycleDates | null;
  state: LifecycleState | null;
  stateLabel: string | null;
}

/** The same item with its state for `date`; itself when the state is the same (so React can skip it). */
export function atDate<T extends Dated>(item: T, date: CalendarDate): T {
  const { state, stateLabel } = stateViewAt(item.dates, date);
  return state === item.state ? item : { ...item, state, stateLabel };
}

/** The current version among dated items (the newest in force, else the newest); undefined when none has dates. */
export function currentOf<T extends Dated>(items: readonly T[], date: CalendarDate): T | undefined {
  const withDates = items.filter((item) => item.dates !== null);
  const byDates = new Map(withDates.map((item) => [item.dates!, item]));
  const current = currentVersion(
    withDates.map((item) => item.dates!),
    date,
  );
  return current ? byDates.get(current) : undefined;
}

/** One change of state that lies ahead: a version becomes effective, or stops being so. */
export interface ScheduledTransition<T> {
  date: CalendarDate;
  item: T;
  from: LifecycleState | null;
  to: LifecycleState | null;
}

/**
 * The changes of state of `items` after `date` and up to `days` later, oldest
 * first: each day a state may change on, where the lifecycle function gives a
 * different answer than the day before.
 */
export function scheduledTransitions<T extends Dated>(items: readonly T[], date: CalendarDate, days: number): Array<ScheduledTransition<T>> {
  const until = addDays(date, days);
  const transitions: Array<ScheduledTransition<T>> = [];
  for (const item of items) {
    if (item.dates === null) continue;
    for (const day of stateChangeDays([item.dates])) {
      if (day <= date || day > until) continue;
      const from = lifecycleStateAt(item.dates, addDays(day, -1));
      const to = lifecycleStateAt(item.dates, day);
      if (from !== to) transitions.push({ date: day, item, from, to });
    }
  }
  return transitions.sort((a, b) => a.date.localeCompare(b.date));
}

/** The day a page shows, as the address asks for it. */
export interface ViewDate {
  /** The day every state on the page is computed for. */
  date: CalendarDate;
  /** The day the HTML was built for (what a reader without JavaScript sees). */
  buildDate: CalendarDate;
  /** Today in the reader's browser; null until the page runs (the HTML shows the build day). */
  today: CalendarDate | null;
  /** The `?date=` of the address, when valid. */
  chosen: CalendarDate | null;
  /** The `?date=` of the address when it is not a day, to say so. */
  invalid: string | null;
}

export const DATE_PARAM = 'date';

/** The view date before the page runs: the build day, as in the HTML. */
export function buildDayView(buildDate: CalendarDate): ViewDate {
  return { date: buildDate, buildDate, today: null, chosen: null, invalid: null };
}

/** The view date once the page runs: `?date=` if it is a day, else today. */
export function resolveViewDate(search: string, todayDate: CalendarDate, buildDate: CalendarDate): ViewDate {
  const asked = new URLSearchParams(search).get(DATE_PARAM);
  if (asked === null || asked === '') return { date: todayDate, buildDate, today: todayDate, chosen: null, invalid: null };
  if (!isCalendarDate(asked)) return { date: todayDate, buildDate, today: todayDate, chosen: null, invalid: asked };
  return { date: asked, buildDate, today: todayDate, chosen: asked, invalid: null };
}

/** `url` with `?date=` set to `date` (kept with the other parameters and the hash), or removed when null. */
export function withDateParam(url: string, date: CalendarDate | null): string {
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = beforeHash.indexOf('?');
  const pathname = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const params = new URLSearchParams(queryAt >= 0 ? beforeHash.slice(queryAt) : '');
  if (date === null) params.delete(DATE_PARAM);
  else params.set(DATE_PARAM, date);
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}
