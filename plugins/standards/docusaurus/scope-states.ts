// Scope props with every state recomputed for another day, from the schedules
// and dates they carry: what the browser runs so the scope page, and the scope
// lists of status and document pages, show the states of the day they are read
// (or of a `?date=`). Pure and free of Node; the same answers as building the
// props for that day (scope-states.test.ts checks this on our scopes).
import type { CalendarDate } from '../model/front-matter-schema.js';
import { SCOPE_VERSION_STATES } from '../model/scope.js';
import { stateOnSchedule } from '../model/scope-timeline.js';
import { atDate } from './dated.js';
import type { ScopePageProp, ScopeUsageProp, ScopeVersionColumn } from './scope-props.js';

/** An item with a state schedule, with its state for `date`; itself when unchanged (so React can skip it). */
function scheduledAt<T extends ScopeVersionColumn | ScopeUsageProp>(item: T, date: CalendarDate): T {
  const state = stateOnSchedule(item.schedule, date);
  return state === item.state ? item : { ...item, state, stateLabel: SCOPE_VERSION_STATES[state].label };
}

/** The scope versions that include a document, with their states on `date`. */
export function scopeUsageAt(usage: readonly ScopeUsageProp[], date: CalendarDate): ScopeUsageProp[] {
  return usage.map((entry) => scheduledAt(entry, date));
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
