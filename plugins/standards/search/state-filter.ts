// The search's state filter on the day of the search. Pagefind filters only by
// values written into the built pages, and a page's state changes after the
// build; so each document page declares its lifecycle dates as one filter
// value (`lifecycle`: status, stabilization and deprecation day), and the
// search asks Pagefind for the values whose state on the reader's day is the
// one chosen, computed with the model's lifecycle function. Exact, and it costs
// no fetch per hit. Pure and free of Node; loaded with the first filtered search.
import type { CalendarDate } from '../model/front-matter-schema.js';
import { isCalendarDate, lifecycleStateAt, type LifecycleFields } from '../model/lifecycle.js';
import { LIFECYCLE_STATES, STATUSES, type Status } from '../model/vocabulary.js';

/** The Pagefind filter that carries a page's dates. */
export const LIFECYCLE_FILTER = 'lifecycle';

/** A document's dates as one filter value: `Stable|2024-01-01|2026-06-01` (empty for a missing part; no comma, which Pagefind would split at). */
export function lifecycleFilterValue(fields: LifecycleFields): string {
  return `${fields.status ?? ''}|${fields.stabilizedAt ?? ''}|${fields.deprecatedAt ?? ''}`;
}

/** Reads a filter value back; null when it is not one `lifecycleFilterValue` writes. */
export function readLifecycleFilterValue(value: string): LifecycleFields | null {
  const parts = value.split('|');
  if (parts.length !== 3) return null;
  const [status, stabilizedAt, deprecatedAt] = parts as [string, string, string];
  const day = (text: string) => text === '' || isCalendarDate(text);
  if ((status !== '' && !(STATUSES as readonly string[]).includes(status)) || !day(stabilizedAt) || !day(deprecatedAt)) return null;
  return { status: status === '' ? null : (status as Status), stabilizedAt: stabilizedAt || null, deprecatedAt: deprecatedAt || null };
}

/** The filter values (of those the index holds) whose state on `date` has the label `stateLabel`, e.g. `Effective`. */
export function lifecycleValuesInState(values: readonly string[], stateLabel: string, date: CalendarDate): string[] {
  return values.filter((value) => {
    const fields = readLifecycleFilterValue(value);
    const state = fields && lifecycleStateAt(fields, date);
    return state !== null && state !== undefined && LIFECYCLE_STATES[state].label === stateLabel;
  });
}
