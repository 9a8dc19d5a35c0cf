// Lifecycle state of a version on a given day, derived from status and dates.
import type { StandardDocument } from './document.js';
import type { CalendarDate } from './front-matter-schema.js';
import { LIFECYCLE_STATES, type LifecycleState } from './vocabulary.js';

/** Today as a calendar day in UTC, `YYYY-MM-DD`. */
export function today(): CalendarDate {
  return new Date().toISOString().slice(0, 10);
}

type LifecycleFields = Pick<StandardDocument, 'status' | 'stabilizedAt' | 'deprecatedAt'>;

/**
 * The state of a version on `date`. Supplements and documents without a valid
 * status have none (null). ISO dates compare correctly as strings.
 */
export function lifecycleStateAt(document: LifecycleFields, date: CalendarDate): LifecycleState | null {
  const { status, stabilizedAt, deprecatedAt } = document;
  switch (status) {
    case 'Draft':
      return 'draft';
    case 'Rejected':
      return 'rejected';
    case 'Stable':
    case 'Deprecated':
      if (deprecatedAt !== null && deprecatedAt <= date) return 'deprecated';
      if (stabilizedAt !== null && stabilizedAt > date) return 'effective-soon';
      if (deprecatedAt !== null) return 'deprecation-scheduled';
      // A Deprecated status without a (valid) date is reported by the linter; treat it as past.
      return status === 'Deprecated' ? 'deprecated' : 'effective';
    default:
      return null;
  }
}

export function isNormative(state: LifecycleState | null): boolean {
  return state !== null && LIFECYCLE_STATES[state].normative;
}

/** The current version: the newest one in force on `date`, else the newest one. */
export function currentVersion<T extends LifecycleFields & { version: number }>(versions: readonly T[], date: CalendarDate): T | undefined {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return newestFirst.find((version) => isNormative(lifecycleStateAt(version, date))) ?? newestFirst[0];
}

export interface LifecycleEvent {
  date: CalendarDate;
  kind: 'stabilized' | 'deprecated' | 'rejected';
}

/** Dated transitions of one version, oldest first (for timelines and feeds). */
export function lifecycleEvents(document: StandardDocument): LifecycleEvent[] {
  const events: LifecycleEvent[] = [];
  if (document.stabilizedAt) events.push({ date: document.stabilizedAt, kind: 'stabilized' });
  if (document.deprecatedAt) events.push({ date: document.deprecatedAt, kind: 'deprecated' });
  if (document.rejectedAt) events.push({ date: document.rejectedAt, kind: 'rejected' });
  return events.sort((a, b) => a.date.localeCompare(b.date));
}
