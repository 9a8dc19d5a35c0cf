// One file's text -> the normalized StandardDocument and every problem found
// on the way. Pure: the caller reads the file (see load/).
import type { ParsedFile, StandardDocument } from '../model/document.js';
import { FORMER_KEYS, FRONT_MATTER_KEYS, isFrontMatterKey, type FrontMatterKey } from '../model/front-matter-schema.js';
import { trackByDigit, type DocumentType, type Status, type TrackName } from '../model/vocabulary.js';
import type { RuleFinding, Span } from '../report/diagnostic.js';
import { checkField, editDistance, listFieldText } from './fields.js';
import { parseFileName } from './file-name.js';
import { parseFrontMatter } from './front-matter.js';

/** Keys people write by habit, mapped to the field they mean. */
const KNOWN_MISTAKES: Record<string, FrontMatterKey> = {
  state: 'status',
  author: 'authors',
  name: 'title',
  summary: 'description',
  stabilised_at: 'stabilized_at',
  replaced: 'replaced_by',
  obsoleted_at: 'deprecated_at',
  supplement: 'supplements',
};

export function parseDocumentFile(path: string, text: string): ParsedFile {
  const fileName = path.split('/').pop()!;
  const findings: RuleFinding[] = [];
  const named = parseFileName(fileName);
  findings.push(...named.findings.map((finding) => ({ ...finding, span: { start: { line: 1, column: 1 } } })));

  const frontMatter = parseFrontMatter(text);
  findings.push(...frontMatter.findings);

  const values: Partial<Record<FrontMatterKey, unknown>> = {};
  const fieldSpans: Partial<Record<FrontMatterKey, Span>> = {};
  const writtenKeys = new Set(frontMatter.fields.map((field) => field.key));
  // A field whose YAML is broken was still written: no "missing" finding for it, and no value.
  for (const { key, keySpan } of frontMatter.unreadable) {
    const known = isFrontMatterKey(key) ? key : FORMER_KEYS.get(key);
    if (known && !fieldSpans[known]) fieldSpans[known] = keySpan;
  }
  for (const field of frontMatter.fields) {
    // A field under its former name (`obsoleted_at`) is read as the current one, unless both are written.
    const former = FORMER_KEYS.get(field.key);
    const key = former && !writtenKeys.has(former) ? former : field.key;
    if (!isFrontMatterKey(key)) {
      findings.push({ ruleId: 'front-matter-unknown-key', message: unknownKeyMessage(field.key), span: field.keySpan });
      continue;
    }
    fieldSpans[key] = field.keySpan;
    const checked = checkField(key, field.value);
    if (checked.ok) values[key] = checked.value;
    // The error stands; the value it evidently meant lets the lifecycle, section and link checks run now.
    else if (checked.readAs !== undefined) values[key] = checked.readAs;
    if (!checked.ok) findings.push({ ruleId: 'front-matter-value', message: checked.message, span: field.valueSpan });
    // One finding per field written in an older form, whatever was old about it.
    // The fix writes the form the parser already reads, so it cannot change what the document says;
    // mappings with `name` are not fixed: their other keys (a handle, an e-mail) would be lost.
    const listFix = checked.ok && checked.tolerated && !Array.isArray(field.value) ? [{ key, value: checked.value as string[] }] : [];
    if (key !== field.key) {
      const expected = checked.ok && checked.tolerated ? `the current form ${listFieldText(key, checked.value as string[])}` : `the current name \`${key}\``;
      const rename = { key: field.key, renameTo: key };
      const lossless = !(checked.ok && checked.tolerated && listFix.length === 0);
      findings.push({
        ruleId: 'front-matter-canonical-form',
        message: `Unexpected former key \`${field.key}\`, expected ${expected}`,
        span: field.keySpan,
        ...(lossless ? { fix: { kind: 'front-matter' as const, edits: [rename, ...listFix] } } : {}),
      });
    } else if (checked.ok && checked.tolerated) {
      findings.push({
        ruleId: 'front-matter-canonical-form',
        message: checked.tolerated,
        span: field.valueSpan,
        ...(listFix.length > 0 ? { fix: { kind: 'front-matter' as const, edits: listFix } } : {}),
      });
    }
  }

  if (frontMatter.fields.length > 0 || frontMatter.unreadable.length > 0 || (frontMatter.present && frontMatter.findings.length === 0)) {
    const firstLine: Span = { start: { line: 1, column: 1 } };
    const written = new Set(Object.keys(fieldSpans));
    for (const key of ['title', 'type', 'track'] as const) {
      if (!written.has(key)) findings.push({ ruleId: 'front-matter-required', message: `Missing \`${key}\`, expected it in the front matter`, span: firstLine });
    }
    const type = values.type as DocumentType | undefined;
    if (type === 'Supplement' && written.has('status')) {
      findings.push({
        ruleId: 'front-matter-required',
        message: 'Unexpected `status` on a Supplement, expected none: a supplement follows the lifecycle of the documents it supplements',
        span: fieldSpans.status,
      });
    } else if (type !== undefined && type !== 'Supplement' && !written.has('status')) {
      findings.push({ ruleId: 'front-matter-required', message: `Missing \`status\`, expected one for a ${type}`, span: firstLine });
    }
  }

  const parts = named.parts;
  if (!parts) return { path, document: null, findings };
  const track = (values.track as TrackName | undefined) ?? (parts.trackDigit ? trackByDigit(parts.trackDigit)?.name : undefined);
  const document: StandardDocument = {
    path,
    fileName,
    id: fileName.replace(/\.md$/i, ''),
    kind: parts.kind,
    number: parts.number,
    version: parts.version,
    slug: parts.slug,
    title: (values.title as string | undefined) ?? fileName.replace(/\.md$/i, ''),
    type: (values.type as DocumentType | undefined) ?? null,
    status: (values.status as Status | undefined) ?? null,
    track: track ?? null,
    description: (values.description as string | undefined) ?? null,
    stabilizedAt: (values.stabilized_at as string | undefined) ?? null,
    deprecatedAt: (values.deprecated_at as string | undefined) ?? null,
    rejectedAt: (values.rejected_at as string | undefined) ?? null,
    replaces: (values.replaces as string[] | undefined) ?? [],
    replacedBy: (values.replaced_by as string[] | undefined) ?? [],
    supplements: (values.supplements as string[] | undefined) ?? [],
    authors: (values.authors as string[] | undefined) ?? [],
    fieldSpans,
    body: frontMatter.body,
    bodyLine: frontMatter.bodyLine,
  };
  return { path, document, findings };
}

function unknownKeyMessage(key: string): string {
  // Own keys only: `constructor` or `__proto__` in a document are unknown keys, not the table's prototype.
  const lower = key.toLowerCase();
  const suggestion =
    (Object.hasOwn(KNOWN_MISTAKES, lower) ? KNOWN_MISTAKES[lower] : undefined) ??
    FRONT_MATTER_KEYS.find((known) => known === key.toLowerCase()) ??
    FRONT_MATTER_KEYS.map((known) => ({ known, distance: editDistance(key.toLowerCase(), known) }))
      .filter(({ distance }) => distance <= 2)
      .sort((a, b) => a.distance - b.distance)[0]?.known;
  return suggestion
    ? `Unexpected unknown key \`${key}\`, did you mean \`${suggestion}\`?`
    : `Unexpected unknown key \`${key}\`, expected one of ${FRONT_MATTER_KEYS.map((known) => `\`${known}\``).join(', ')}`;
}
