// The plugin's options with every default in one literal.
import path from 'node:path';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { isCalendarDate, today } from '../model/lifecycle.js';
import type { ScopeSource } from './scopes-data.js';

export interface PluginOptions {
  /** Folder of the corpus (`scs-*.md`); relative paths are resolved from the site folder. */
  standardsDir: string;
  /** The day states are computed for; the build date unless a test fixes it. */
  date: CalendarDate;
  /** Scope files, whose versions are listed on each standard's status page; default: `<standardsDir>/scopes`. */
  scopes?: ScopeSource;
  /** Plugin instance id, as Docusaurus requires for multiple instances. */
  id?: string;
}

/** The files of the corpus folder the docs instance renders (candidates: the file set decides which are pages). */
export const STANDARDS_DOCUMENT_PATTERN = '[sS][cC][sS][-_]*.[mM][dD]';

export const DEFAULT_OPTIONS: PluginOptions = {
  standardsDir: 'Standards',
  date: today(),
};

export function normalizeOptions(siteDir: string, options: Partial<PluginOptions>): PluginOptions {
  const merged = { ...DEFAULT_OPTIONS, ...options };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(merged.date)) {
    throw new Error(`Unexpected date option \`${merged.date}\`, expected YYYY-MM-DD`);
  }
  return { ...merged, standardsDir: path.resolve(siteDir, merged.standardsDir) };
}

/**
 * The day the HTML shows states for: `STANDARDS_DATE` (YYYY-MM-DD, for
 * previews and tests) or today. Empty means unset; anything else that is not a
 * day stops the build with its value. Pages recompute the states for the day
 * they are read, so this only decides what the HTML says.
 */
export function buildDateFromEnv(env: Readonly<Record<string, string | undefined>>, now: () => CalendarDate = today): CalendarDate {
  const value = env.STANDARDS_DATE;
  if (value === undefined || value === '') return now();
  if (!isCalendarDate(value)) throw new Error(`Unexpected STANDARDS_DATE \`${value}\`, expected a day written YYYY-MM-DD, e.g. STANDARDS_DATE=2026-06-01`);
  return value;
}
