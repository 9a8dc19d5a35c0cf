// The plugin's options with every default in one literal.
import path from 'node:path';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { today } from '../model/lifecycle.js';
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
