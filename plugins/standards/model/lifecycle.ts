// Lifecycle state of a version on a given day, derived from status and dates.
// Pure and free of Node: the portal runs these same functions in the browser,
// so a page built months ago shows the states of the day it is read.
import type { StandardDocument } from './document.js';
import type { CalendarDate } from './front-matter-schema.js';
import { LIFECYCLE_STATES, type LifecycleState } from './vocabulary.js';

/** Today as a calendar day in UTC, `YYYY-MM-DD`. */
export function today(): CalendarDate {
  return new Date().toISOString().slice(0, 10);
}

/** Whether `text` is a real day written `YYYY-MM-DD` (not `2026-02-30`). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** The day `days` after (or before, if negative) `date`. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

export type LifecycleFields = Pick<StandardDocument, 'status' | 'stabilizedAt' | 'deprecatedAt'>;

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

/**
 * The days on which the state of one of `documents` may change, oldest first:
 * between two of them (and before the first, after the last) every state is
 * the same on every day, since states only compare dates with these.
 */
export function stateChangeDays(documents: readonly LifecycleFields[]): CalendarDate[] {
  const days = new Set<CalendarDate>();
  for (const document of documents) {
    if (document.stabilizedAt) days.add(document.stabilizedAt);
    if (document.deprecatedAt) days.add(document.deprecatedAt);
  }
  return [...days].sort();
}

/**
 * Where a reader of a document no longer in force may be sent, whatever the
 * day (built by `successorPlan` in ./replacement.ts): the documents along its
 * replacement chain in the order they are tried, and the versions of every
 * standard the chain reaches, the document's own first. Which of them is in
 * force depends on the day only, so a page can carry this plan and pick on the
 * day it is read (`versionInForceAlong`).
 */
export interface SuccessorPlan<T> {
  chain: T[];
  standards: T[][];
}

/**
 * The version in force a reader of `document` should read instead on `date`,
 * following a plan of `successorPlan`; null when the document is itself in
 * force or nothing in force follows it. Pure and free of Node (the portal runs
 * it in the browser); `same` tells whether two entries are the same document.
 */
export function versionInForceAlong<T extends LifecycleFields & { version: number }>(
  document: T,
  plan: SuccessorPlan<T>,
  date: CalendarDate,
  same: (a: T, b: T) => boolean = (a, b) => a === b,
): T | null {
  if (isNormative(lifecycleStateAt(document, date))) return null;
  const successor = plan.chain.find((candidate) => isNormative(lifecycleStateAt(candidate, date)));
  if (successor) return successor;
  // No document names a successor in force: the standard's version in force (the newest), for the standard(s) the chain reached.
  for (const versions of plan.standards) {
    const current = currentVersion(versions, date);
    if (current && !same(current, document) && isNormative(lifecycleStateAt(current, date))) return current;
  }
  return null;
}

