// Checks one front-matter value against its schema entry and normalizes it.
// Used by the document parser; the findings it returns are the linter's.
import { FRONT_MATTER_FIELDS, type FrontMatterKey } from '../model/front-matter-schema.js';

export type FieldCheck = { ok: true; value: unknown } | { ok: false; message: string };

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

export function checkField(key: FrontMatterKey, value: unknown): FieldCheck {
  const spec = FRONT_MATTER_FIELDS[key];
  switch (spec.kind) {
    case 'string':
      if (typeof value === 'string' && value.trim() !== '') return { ok: true, value: value.trim() };
      return { ok: false, message: `Unexpected ${describe(value)} for \`${key}\`, expected text, e.g. \`${key}: ${spec.example}\`` };
    case 'enum': {
      if (typeof value === 'string' && (spec.values as readonly string[]).includes(value)) return { ok: true, value };
      const nearMiss =
        typeof value === 'string' ? spec.values.find((allowed) => allowed.toLowerCase() === value.trim().toLowerCase()) : undefined;
      const hint = nearMiss ? ` (did you mean \`${nearMiss}\`?)` : '';
      return {
        ok: false,
        message: `Unexpected ${describe(value)} for \`${key}\`${hint}, expected one of ${spec.values.map((v) => `\`${v}\``).join(', ')}`,
      };
    }
    case 'date':
      if (typeof value === 'string' && isCalendarDate(value)) return { ok: true, value };
      if (typeof value === 'string' && DATE.test(value)) {
        return { ok: false, message: `Unexpected \`${value}\` for \`${key}\`, expected a day that exists in the calendar` };
      }
      return { ok: false, message: `Unexpected ${describe(value)} for \`${key}\`, expected an ISO date such as \`${spec.example}\`` };
    case 'string-list':
    case 'document-list': {
      const expected = `expected a list of ${spec.kind === 'document-list' ? 'file names' : 'names'}, e.g. \`${key}: [${spec.example[0]}]\``;
      if (!Array.isArray(value)) return { ok: false, message: `Unexpected ${describe(value)} for \`${key}\`, ${expected}` };
      const bad = value.findIndex((item) => typeof item !== 'string' || item.trim() === '');
      if (bad >= 0) {
        return { ok: false, message: `Unexpected ${describe(value[bad])} as item ${bad + 1} of \`${key}\`, ${expected}` };
      }
      return { ok: true, value: value.map((item: string) => item.trim()) };
    }
  }
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
