// The shape of a lint cache entry, checked field by field before an entry is
// used. A cache is a file anyone with write access to the folder (or to a CI
// cache) can change: an entry that is not exactly what this linter writes is
// a miss, never a crash and never a result. Extra fields are refused too, so a
// field added to the model without a check here shows up as misses in tests.
import { FRONT_MATTER_FIELDS } from '../model/front-matter-schema.js';
import { DOCUMENT_TYPES, STATUSES, TRACK_NAMES } from '../model/vocabulary.js';
import type { CacheEntry } from './cache.js';

type Check = (value: unknown) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
const string: Check = (value) => typeof value === 'string';
const count: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 0;
const oneOf =
  (...values: readonly unknown[]): Check =>
  (value) =>
    values.includes(value);
const nullable =
  (check: Check): Check =>
  (value) =>
    value === null || check(value);
const listOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);
/** An object with exactly these fields (those in `optional` may be missing). */
const shape =
  (required: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (value) =>
    isRecord(value) &&
    Object.entries(required).every(([key, check]) => Object.hasOwn(value, key) && check(value[key])) &&
    Object.keys(value).every((key) => Object.hasOwn(required, key) || (Object.hasOwn(optional, key) && optional[key]!(value[key])));

const position = shape({ line: count, column: count });
const span = shape({ start: position }, { end: position });
const textEdit = shape({ start: position, end: position, text: string });
const fieldFix: Check = (value) => shape({ key: string, value: (item) => item === null || string(item) || listOf(string)(item) })(value) || shape({ key: string, renameTo: string })(value);
const fix: Check = (value) => shape({ kind: oneOf('text'), edits: listOf(textEdit) })(value) || shape({ kind: oneOf('front-matter'), edits: listOf(fieldFix) })(value);
const finding = shape({ ruleId: string, message: string }, { span, fix });
const heading = shape({ depth: count, text: string, anchor: string, line: count });
const link = shape({
  kind: oneOf('link', 'image', 'definition', 'reference'),
  url: string,
  text: string,
  line: count,
  column: count,
  endLine: count,
  endColumn: count,
});
const outline = shape({ headings: listOf(heading), links: listOf(link), htmlIds: listOf(string) });
const fieldSpans: Check = (value) => isRecord(value) && Object.entries(value).every(([key, item]) => Object.hasOwn(FRONT_MATTER_FIELDS, key) && span(item));
const date = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const document = shape({
  path: string,
  fileName: string,
  id: string,
  kind: oneOf('document', 'supplement', 'proposal', 'template'),
  number: nullable(string),
  version: count,
  slug: string,
  title: string,
  type: nullable(oneOf(...DOCUMENT_TYPES)),
  status: nullable(oneOf(...STATUSES)),
  track: nullable(oneOf(...TRACK_NAMES)),
  description: nullable(string),
  stabilizedAt: nullable(date),
  deprecatedAt: nullable(date),
  rejectedAt: nullable(date),
  replaces: listOf(string),
  replacedBy: listOf(string),
  supplements: listOf(string),
  authors: listOf(string),
  fieldSpans,
  body: string,
  bodyLine: count,
});
const entry = shape(
  {
    key: string,
    result: shape({
      summary: shape({ path: string, document: nullable(document), outline: nullable(outline) }),
      findings: listOf(finding),
    }),
  },
  { bodyInText: oneOf(true) },
);

/** Whether a value read from a cache file is an entry this linter could have written for the file at `path`. */
export function isCacheEntry(value: unknown, path: string): value is CacheEntry {
  return entry(value) && (value as CacheEntry).result.summary.path === path && ((value as CacheEntry).result.summary.document?.path ?? path) === path;
}
