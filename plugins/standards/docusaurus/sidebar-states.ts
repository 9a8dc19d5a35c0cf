// The state class of a sidebar entry (`scs-sb-<state>`, which the stylesheet
// turns into a short word after the link) on any day. The sidebar is built
// once, with the build day's classes in its HTML; an entry whose state depends
// on the day also carries its dates (three short strings in its `customProps`),
// and the browser recomputes its class for the day the page is read, or the
// `?date=` asked for, with the model's lifecycle function. Pure and free of
// Node: the theme's sidebar link runs it.
import type { CalendarDate } from '../model/front-matter-schema.js';
import { isCalendarDate, lifecycleStateAt } from '../model/lifecycle.js';
import type { StandardDocument } from '../model/document.js';
import { withDateParam } from './dated.js';

/** The `customProps` key that holds an entry's dates. */
export const SIDEBAR_DATES_KEY = 'scsDates';
const CLASS_PREFIX = 'scs-sb-';

/** What a sidebar entry carries to compute its state: status, stabilization and deprecation day. */
export type SidebarDates = [status: 'Stable' | 'Deprecated', stabilizedAt: CalendarDate | null, deprecatedAt: CalendarDate | null];

type SidebarDocument = Pick<StandardDocument, 'kind' | 'status' | 'stabilizedAt' | 'deprecatedAt'>;

/** The class of a document's entry on `date`: its lifecycle state, `supplement`, or `unknown` (no valid status). */
export function sidebarStateClass(document: SidebarDocument, date: CalendarDate): string {
  const state = lifecycleStateAt(document, date) ?? (document.kind === 'supplement' ? 'supplement' : 'unknown');
  return `${CLASS_PREFIX}${state}`;
}

/**
 * The `customProps` of a document's entry: its dates when its state can differ
 * from one day to another (Stable and Deprecated versions), else nothing, so a
 * draft, a rejected version or a supplement costs no bytes.
 */
export function sidebarCustomProps(document: SidebarDocument): { customProps: { [SIDEBAR_DATES_KEY]: SidebarDates } } | Record<string, never> {
  if (document.kind === 'supplement' || (document.status !== 'Stable' && document.status !== 'Deprecated')) return {};
  return { customProps: { [SIDEBAR_DATES_KEY]: [document.status, document.stabilizedAt, document.deprecatedAt] } };
}

/** Reads the dates back from an entry's `customProps`; null when absent or not in the shape written above. */
export function readSidebarDates(customProps: unknown): SidebarDates | null {
  if (typeof customProps !== 'object' || customProps === null) return null;
  const dates = (customProps as Record<string, unknown>)[SIDEBAR_DATES_KEY];
  if (!Array.isArray(dates) || dates.length !== 3) return null;
  const [status, stabilizedAt, deprecatedAt] = dates as unknown[];
  const day = (value: unknown) => value === null || (typeof value === 'string' && isCalendarDate(value));
  if ((status !== 'Stable' && status !== 'Deprecated') || !day(stabilizedAt) || !day(deprecatedAt)) return null;
  return [status, stabilizedAt as CalendarDate | null, deprecatedAt as CalendarDate | null];
}

/**
 * An entry's `className` with its state class for `date`: the build day's
 * class replaced, other classes kept. Unchanged when the entry carries no dates.
 */
export function sidebarClassNameAt(className: string | undefined, customProps: unknown, date: CalendarDate): string | undefined {
  const dates = readSidebarDates(customProps);
  if (dates === null) return className;
  const [status, stabilizedAt, deprecatedAt] = dates;
  const stateClass = sidebarStateClass({ kind: 'document', status, stabilizedAt, deprecatedAt }, date);
  const others = (className ?? '').split(/\s+/).filter((name) => name !== '' && !name.startsWith(CLASS_PREFIX));
  return [...others, stateClass].join(' ');
}

/** What a click says about itself: only a plain left click is the page's to navigate. */
export interface ClickLike {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/**
 * Where a click on a sidebar entry leads when the page shows a chosen day: the
 * entry's address with that `?date=` (its hash kept), or null to leave the
 * click to the link (no day chosen, a click with a modifier key or another
 * button, which the browser handles itself, or one already handled).
 */
export function sidebarNavigation(href: string, chosen: CalendarDate | null, click: ClickLike): string | null {
  if (chosen === null || !isCalendarDate(chosen)) return null;
  if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  return withDateParam(href, chosen);
}
