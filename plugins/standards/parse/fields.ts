// Checks one front-matter value against its schema entry and normalizes it.
// Used by the document parser; the findings it returns are the linter's.
import { FRONT_MATTER_FIELDS, type FrontMatterKey } from '../model/front-matter-schema.js';

/**
 * `ok` with `tolerated`: a form found in older documents (a single string where
 * a list belongs, names separated by commas), read as meant; `tolerated` is the
 * warning that suggests the canonical form. Not `ok` with `readAs`: an error,
 * but the value the author evidently meant, so the model can run every other
 * check on it in the same round.
 */
export type FieldCheck = { ok: true; value: unknown; tolerated?: string } | { ok: false; message: string; readAs?: unknown };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day in `YYYY-MM-DD`; `2023-02-30` is not one. */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function describe(value: unknown): string {
  if (value === null) return 'empty value';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'string') return `\`${value}\``;
  return `${typeof value} \`${String(value)}\``;
}

/** One list item as YAML flow text: plain when that reads back the same, else double-quoted. */
function flowItem(item: string): string {
  return /^[A-Za-z0-9][\w .()/'+-]*$/.test(item) && !/ #|: /.test(item) ? item : JSON.stringify(item);
}

/** The canonical way to write a list field, e.g. `authors: [Ada Example, Image team]`. */
export function listFieldText(key: string, items: readonly string[]): string {
  return `\`${key}: [${items.map(flowItem).join(', ')}]\``;
}

/** Separators people use when they write several values as one string. */
const SEPARATORS = { 'document-list': /[\s,;]+/, 'string-list': /\s*[,;\n]\s*/ } as const;

function enumNearMiss(values: readonly string[], nearMisses: Readonly<Record<string, string>>, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const loose = (text: string) => text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  return values.find((allowed) => loose(allowed) === loose(value)) ?? nearMisses[loose(value)];
}

export function checkField(key: FrontMatterKey, value: unknown): FieldCheck {
  const spec = FRONT_MATTER_FIELDS[key];
  switch (spec.kind) {
    case 'string':
      if (typeof value === 'string' && value.trim() !== '') return { ok: true, value: value.trim() };
      return { ok: false, message: `Unexpected ${describe(value)} for \`${key}\`, expected text, e.g. \`${key}: ${spec.example}\`` };
    case 'enum': {
      if (typeof value === 'string' && (spec.values as readonly string[]).includes(value)) return { ok: true, value };
      const nearMiss = enumNearMiss(spec.values, 'nearMisses' in spec ? spec.nearMisses : {}, value);
      const hint = nearMiss ? ` (did you mean \`${nearMiss}\`?)` : '';
      const message = `Unexpected ${describe(value)} for \`${key}\`${hint}, expected one of ${spec.values.map((v) => `\`${v}\``).join(', ')}`;
      return nearMiss ? { ok: false, message, readAs: nearMiss } : { ok: false, message };
    }
    case 'date':
      if (typeof value === 'string' && isCalendarDate(value)) return { ok: true, value };
      if (typeof value === 'string' && DATE.test(value)) {
        return { ok: false, message: `Unexpected \`${value}\` for \`${key}\`, expected a day that exists in the calendar` };
      }
      return { ok: false, message: `Unexpected ${describe(value)} for \`${key}\`, expected an ISO date such as \`${spec.example}\`` };
    case 'string-list':
    case 'document-list':
      return checkList(key, spec.kind, spec.example, value);
  }
}

function checkList(key: FrontMatterKey, kind: 'string-list' | 'document-list', example: readonly string[], value: unknown): FieldCheck {
  const expected = `expected a list of ${kind === 'document-list' ? 'file names' : 'names'}, e.g. ${listFieldText(key, example)}`;
  if (value === null) {
    // `replaced_by:` with nothing after it says "none"; the model reads it so, and the author learns the tidy form.
    return { ok: true, value: [], tolerated: `Unexpected empty value for \`${key}\`, expected a list (\`${key}: []\`) or no \`${key}\` line at all` };
  }
  if (typeof value === 'string') {
    const items = value.split(SEPARATORS[kind]).map((item) => item.trim()).filter((item) => item !== '');
    if (items.length === 0) return { ok: false, message: `Unexpected empty text for \`${key}\`, ${expected}` };
    const what = items.length === 1 ? 'single string' : kind === 'document-list' ? 'several file names in one string' : 'several names in one string';
    return { ok: true, value: items, tolerated: `Unexpected ${what} for \`${key}\`, expected a list: ${listFieldText(key, items)}` };
  }
  if (!Array.isArray(value)) return { ok: false, message: `Unexpected ${describe(value)} for \`${key}\`, ${expected}` };
  // People lists are sometimes written as `- name: Ada Example` with more keys (a handle, an e-mail): the name is what is meant.
  const named = (item: unknown) =>
    kind === 'string-list' && item !== null && typeof item === 'object' && !Array.isArray(item) && typeof (item as { name?: unknown }).name === 'string'
      ? ((item as { name: string }).name.trim() || null)
      : null;
  if (value.some((item) => named(item) !== null) && value.every((item) => named(item) !== null || (typeof item === 'string' && item.trim() !== ''))) {
    const items = value.map((item) => named(item) ?? (item as string).trim());
    return { ok: true, value: items, tolerated: `Unexpected mappings with \`name\` in \`${key}\`, expected a list of names: ${listFieldText(key, items)}` };
  }
  const bad = value.findIndex((item) => typeof item !== 'string' || item.trim() === '');
  if (bad >= 0) {
    return { ok: false, message: `Unexpected ${describe(value[bad])} as item ${bad + 1} of \`${key}\`, ${expected}` };
  }
  return { ok: true, value: value.map((item: string) => item.trim()) };
}

/** Levenshtein distance, for "did you mean" on misspelled keys. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
