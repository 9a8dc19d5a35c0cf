// Edits single fields of a document's YAML front matter in place. The YAML is
// parsed only to learn where each field is written; the change is then made
// on the original text, so comments, key order, quoting, line endings and the
// body stay byte-identical. The block is never re-serialised. A file the
// parser would not read (over a size, anchor, alias or nesting limit) is not
// edited either, with the parser's own message (parse/input-limits.ts).
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Node, type Pair } from 'yaml';
import { FRONT_MATTER_KEYS } from '../model/front-matter-schema.js';
import { aliasExpansionMessage, DEFAULT_MAX_FILE_BYTES, fileSizeHit, MAX_ALIAS_COUNT, scanYaml, type LimitHit } from '../parse/input-limits.js';

/** A new value for one field: text, a list of texts, or null to remove the field. */
export type FieldValue = string | readonly string[] | null;

export interface FieldEdit {
  key: string;
  value: FieldValue;
}

export type EditResult = { ok: true; text: string } | { ok: false; message: string };

interface Block {
  /** Offset of the first character of the YAML inside the file. */
  start: number;
  /** Offset just past the YAML (the start of the closing `---` line). */
  end: number;
  eol: string;
}

const OPENING = /^(\uFEFF)?---[ \t]*(?:ya?ml)?[ \t]*(\r?\n)/i;
const CLOSING = /^(?:---|\.\.\.)[ \t]*\r?$/;

function findBlock(text: string): Block | string {
  const opening = OPENING.exec(text);
  if (!opening) return 'the file does not start with a `---` front-matter block';
  const start = opening[0].length;
  let lineStart = start;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (CLOSING.test(text.slice(lineStart, lineEnd))) return { start, end: lineStart, eol: opening[2]! };
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return 'the front-matter block has no closing `---` line';
}

/**
 * Why the parser would not read this file's front matter (a file over the size
 * limit, YAML over an anchor, alias or nesting limit), as `line L, column C:
 * message (rule-id)`; null when it is within the limits or has no block.
 */
export function frontMatterLimitProblem(text: string): string | null {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > DEFAULT_MAX_FILE_BYTES) return describeHit(fileSizeHit(bytes, DEFAULT_MAX_FILE_BYTES));
  const block = findBlock(text);
  if (typeof block === 'string') return null;
  const firstLine = (text.slice(0, block.start).match(/\n/g)?.length ?? 0) + 1;
  const yamlText = text.slice(block.start, block.end).replace(/\r\n?/g, '\n');
  const over = scanYaml(yamlText, firstLine);
  if (over) return describeHit(over);
  // Within the counts, aliases can still expand into gigabytes: each value is expanded as the parser does.
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, schema: 'core', merge: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null; // reported by the edit itself
  for (const pair of doc.contents.items as Pair<Node | null, Node | null>[]) {
    if (!isScalar(pair.key) || pair.value === null) continue;
    try {
      pair.value.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const at = lineCounter.linePos(pair.value.range?.[0] ?? 0);
      const span = { start: { line: at.line + firstLine - 1, column: at.col } };
      return describeHit({ ruleId: 'front-matter-syntax', message: aliasExpansionMessage(String(pair.key.value), error), span });
    }
  }
  return null;
}

function describeHit(hit: LimitHit): string {
  return `line ${hit.span.start.line}, column ${hit.span.start.column}: ${hit.message} (${hit.ruleId})`;
}

/** Applies the edits in order; each one sees the result of the previous. */
export function editFrontMatter(text: string, edits: readonly FieldEdit[]): EditResult {
  const problem = edits.length > 0 ? frontMatterLimitProblem(text) : null;
  if (problem) return { ok: false, message: `Cannot edit \`${edits[0]!.key}\`: ${problem}` };
  let current = text;
  for (const edit of edits) {
    const result = editField(current, edit);
    if (!result.ok) return result;
    current = result.text;
  }
  return { ok: true, text: current };
}

/** Renames one field's key in place (`obsoleted_at` to `deprecated_at`); its value, quoting and comments stay as written. */
export function renameFrontMatterKey(text: string, key: string, renameTo: string): EditResult {
  const problem = frontMatterLimitProblem(text);
  if (problem) return { ok: false, message: `Cannot rename \`${key}\`: ${problem}` };
  const block = findBlock(text);
  if (typeof block === 'string') return { ok: false, message: `Cannot rename \`${key}\`: ${block}` };
  const yamlText = text.slice(block.start, block.end);
  const doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false, message: `Cannot rename \`${key}\`: the front matter is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix it first` };
  if (!isMap(doc.contents)) return { ok: false, message: `Cannot rename \`${key}\`: the front matter is not a block of \`key: value\` lines` };
  const pairs = doc.contents.items as Pair<Node | null, Node | null>[];
  if (pairs.some((pair) => isScalar(pair.key) && String(pair.key.value) === renameTo)) {
    return { ok: false, message: `Cannot rename \`${key}\` to \`${renameTo}\`: \`${renameTo}\` is written already` };
  }
  const pair = pairs.find((candidate) => isScalar(candidate.key) && String(candidate.key.value) === key);
  if (!pair) return { ok: true, text };
  const [from, to] = pair.key!.range!;
  const written = (pair.key as Scalar).type === 'PLAIN' ? renameTo : formatScalar(renameTo, (pair.key as Scalar).type);
  return { ok: true, text: text.slice(0, block.start + from) + written + text.slice(block.start + to) };
}

/**
 * Reads one field's value as plain data (null when absent), for commands that
 * decide what to change; within the parser's limits (a value that would expand
 * too many aliases is an error, a file over a limit has none: check
 * `frontMatterLimitProblem` first to say why).
 */
export function readFrontMatterField(text: string, key: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const problem = frontMatterLimitProblem(text);
  if (problem) return { ok: false, message: `Cannot read \`${key}\`: ${problem}` };
  const block = findBlock(text);
  if (typeof block === 'string') return { ok: true, value: null };
  const doc = parseDocument(text.slice(block.start, block.end), { schema: 'core', merge: false });
  if (!isMap(doc.contents)) return { ok: true, value: null };
  const node = doc.contents.get(key, true);
  if (node === undefined || node === null) return { ok: true, value: null };
  try {
    return { ok: true, value: (node as Node).toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) ?? null };
  } catch (error) {
    return { ok: false, message: aliasExpansionMessage(key, error) };
  }
}

function editField(text: string, edit: FieldEdit): EditResult {
  const block = findBlock(text);
  if (typeof block === 'string') return { ok: false, message: `Cannot edit \`${edit.key}\`: ${block}` };
  const yamlText = text.slice(block.start, block.end);
  const doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length > 0) {
    return { ok: false, message: `Cannot edit \`${edit.key}\`: the front matter is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix it first` };
  }
  if (doc.contents !== null && (!isMap(doc.contents) || doc.contents.flow)) {
    return { ok: false, message: `Cannot edit \`${edit.key}\`: the front matter is not a block of \`key: value\` lines` };
  }
  const pairs = (doc.contents?.items ?? []) as Pair<Node | null, Node | null>[];
  const splice = (from: number, to: number, insert: string): EditResult => ({
    ok: true,
    text: text.slice(0, block.start + from) + insert + text.slice(block.start + to),
  });
  const lineStartOf = (offset: number) => yamlText.lastIndexOf('\n', offset - 1) + 1;
  /** Offset just past the line break of the line holding `offset` (or the block end). */
  const lineEndOf = (offset: number) => {
    const newline = yamlText.indexOf('\n', offset);
    return newline < 0 ? yamlText.length : newline + 1;
  };
  const index = pairs.findIndex((pair) => isScalar(pair.key) && String(pair.key.value) === edit.key);
  const pair = pairs[index];
  const eol = block.eol;

  if (pair === undefined) {
    if (edit.value === null) return { ok: true, text };
    // A new field goes after the nearest field that precedes it in schema order, else last.
    const order = FRONT_MATTER_KEYS as readonly string[];
    const rank = order.indexOf(edit.key);
    let after: Pair<Node | null, Node | null> | undefined;
    for (const candidate of pairs) {
      const key = isScalar(candidate.key) ? String(candidate.key.value) : '';
      const candidateRank = order.indexOf(key);
      if (rank < 0 || (candidateRank >= 0 && candidateRank < rank)) after = candidate;
    }
    const lines = fieldLines(edit.key, edit.value, eol);
    if (after === undefined) {
      const at = rank >= 0 && pairs.length > 0 ? pairs[0]!.key!.range![0] : yamlText.length;
      return splice(at, at, yamlText.length > 0 && at === yamlText.length && !yamlText.endsWith('\n') ? eol + lines : lines);
    }
    const at = lineEndOf(lastCharOf(pairEnd(after), yamlText));
    return splice(at, at, at === yamlText.length && !yamlText.endsWith('\n') ? eol + lines.slice(0, -eol.length) : lines);
  }

  const keyStart = pair.key!.range![0];
  if (lineStartOf(keyStart) !== keyStart) {
    return { ok: false, message: `Cannot edit \`${edit.key}\`: it does not start its own line` };
  }
  if (edit.value === null) {
    const end = lineEndOf(lastCharOf(pairEnd(pair), yamlText));
    return splice(keyStart, end, '');
  }
  const node = pair.value;
  const value = edit.value;
  if (typeof value === 'string') {
    if (isScalar(node) && node.value !== null && node.value !== '' && node.range) {
      if (String(node.value) === value) return { ok: true, text };
      const [from, to] = node.range;
      const trailingBreak = /\r?\n$/.exec(yamlText.slice(from, to))?.[0] ?? '';
      return splice(from, to, formatScalar(value, node.type) + trailingBreak);
    }
    // Empty, a list or a mapping: the whole field becomes one line.
    const end = lineEndOf(lastCharOf(pairEnd(pair), yamlText));
    return splice(keyStart, end, fieldLines(edit.key, value, eol));
  }

  if (isSeq(node) && node.range) {
    const items = node.items as Array<Node | null>;
    if (node.flow) {
      // A flow list stays a flow list, written on the line it was on.
      const style = isScalar(items[0]) ? items[0].type : undefined;
      const [from, to] = node.range;
      const trailing = /[ \t]*(?:#.*)?\r?\n?$/.exec(yamlText.slice(from, to))?.[0] ?? '';
      const written = `[${value.map((item) => formatScalar(item, style)).join(', ')}]`;
      const old = yamlText.slice(from, to - trailing.length);
      return old === written ? { ok: true, text } : splice(from, to - trailing.length, written);
    }
    if (items.length > 0 && value.length > 0 && items.every((item) => isScalar(item) && item.range)) {
      return editBlockList(items as Scalar[], value, yamlText, splice, lineStartOf, lineEndOf, eol);
    }
  }
  // A single string or an empty value becomes a flow list where it was written, so a comment after it stays.
  if (node === null || (isScalar(node) && node.range && (node.type === 'PLAIN' || node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE'))) {
    const style = isScalar(node) && node.value !== null ? node.type : undefined;
    const written = `[${value.map((item) => formatScalar(item, style)).join(', ')}]`;
    if (node === null || node.value === null || (node.value === '' && node.range![0] === node.range![1])) {
      // Nothing written after the colon (or `~`): the list goes right after it.
      const colon = yamlText.indexOf(':', pair.key!.range![1]);
      const [from, to] = isScalar(node) && node.range![1] > node.range![0] ? [node.range![0], node.range![1]] : [colon + 1, colon + 1];
      return splice(from, to, from === colon + 1 ? ` ${written}` : written);
    }
    return splice(node.range![0], node.range![1], written);
  }
  // Anything else (a block scalar, a mapping): the field is written anew as a block list.
  const end = lineEndOf(lastCharOf(pairEnd(pair), yamlText));
  return splice(keyStart, end, fieldLines(edit.key, value, eol));
}

/**
 * A block list keeps the lines of the items that stay (with their comments);
 * removed items lose their line; new items are appended in the style of the first.
 */
function editBlockList(
  items: Scalar[],
  value: readonly string[],
  yamlText: string,
  splice: (from: number, to: number, insert: string) => EditResult,
  lineStartOf: (offset: number) => number,
  lineEndOf: (offset: number) => number,
  eol: string,
): EditResult {
  const remaining = [...value];
  const kept: Scalar[] = [];
  const removed: Scalar[] = [];
  for (const item of items) {
    const at = remaining.indexOf(String(item.value));
    if (at >= 0) {
      remaining.splice(at, 1);
      kept.push(item);
    } else removed.push(item);
  }
  // Items that stay keep their lines, so they must stay in the order written.
  const expectedOrder = value.filter((entry) => kept.some((item) => String(item.value) === entry));
  if (expectedOrder.join('\n') !== kept.map((item) => String(item.value)).join('\n')) {
    return { ok: false, message: 'Cannot reorder the items of a block list in place' };
  }
  const first = items[0]!;
  const prefix = yamlText.slice(lineStartOf(first.range![0]), first.range![0]);
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) return { ok: false, message: 'Cannot edit a list whose items do not each start a line with `- `' };
  const last = items[items.length - 1]!;
  const insertAt = lineEndOf(lastCharOf(last.range![2], yamlText));
  const added = remaining.map((entry) => `${prefix}${formatScalar(entry, first.type)}${eol}`).join('');
  // Edits from the end backwards so earlier offsets stay valid.
  const cuts = removed.map((item) => [lineStartOf(item.range![0]), lineEndOf(lastCharOf(item.range![2], yamlText))] as const);
  let text = yamlText;
  const pieces: Array<{ from: number; to: number; insert: string }> = [{ from: insertAt, to: insertAt, insert: insertAt === text.length && !text.endsWith('\n') ? eol + added.slice(0, -eol.length) : added }, ...cuts.map(([from, to]) => ({ from, to, insert: '' }))];
  pieces.sort((a, b) => b.from - a.from || b.to - a.to);
  for (const piece of pieces) text = text.slice(0, piece.from) + piece.insert + text.slice(piece.to);
  return splice(0, yamlText.length, text);
}

/** Offset just past the field's value (or key, when it has none). */
function pairEnd(pair: Pair<Node | null, Node | null>): number {
  const valueEnd = pair.value?.range?.[2];
  return Math.max(valueEnd ?? 0, pair.key?.range?.[2] ?? 0);
}

/** The offset of the last character that belongs to a node ending at `end` (not the next line's first). */
function lastCharOf(end: number, yamlText: string): number {
  let at = end;
  while (at > 0 && (yamlText[at - 1] === '\n' || yamlText[at - 1] === '\r')) at -= 1;
  return Math.max(at - 1, 0);
}

/** A field written from scratch: `key: value` or `key:` with a block list. */
function fieldLines(key: string, value: string | readonly string[], eol: string): string {
  if (typeof value === 'string') return `${key}: ${formatScalar(value)}${eol}`;
  if (value.length === 0) return `${key}: []${eol}`;
  return `${key}:${eol}${value.map((item) => `  - ${formatScalar(item)}${eol}`).join('')}`;
}

/** Text in the quoting style asked for, falling back to double quotes where plain text would change meaning. */
function formatScalar(value: string, style?: Scalar['type']): string {
  if (style === 'QUOTE_SINGLE' && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if (style !== 'QUOTE_DOUBLE' && isSafePlain(value)) return value;
  return JSON.stringify(value);
}

/**
 * Plain only when the text reads back as itself, and a YAML 1.1 reader would not
 * take it for a boolean or null (`yes`, `on`, `~`). Dates stay plain: the registry
 * reads them as text, and that is how the corpus writes them.
 */
function isSafePlain(value: string): boolean {
  if (value === '' || /^[\s]|[\s]$|[\n\r\t]/.test(value)) return false;
  const read = (options: Parameters<typeof parseDocument>[1]) => {
    const doc = parseDocument(`k: ${value}`, options);
    if (doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.items.length !== 1) return null;
    const parsed = doc.contents.get('k', true);
    return isScalar(parsed) && parsed.type === 'PLAIN' ? { value: parsed.value as unknown } : null;
  };
  const core = read({ schema: 'core' });
  const old = read({ version: '1.1' });
  return core !== null && core.value === value && old !== null && typeof old.value !== 'boolean' && old.value !== null;
}
