// Text -> YAML front matter as data, with the position of every field.
// Front matter is data: only YAML is accepted and nothing is ever evaluated.
// Aliases are bounded, so a few hundred bytes cannot expand into gigabytes.
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { RuleFinding, Span } from '../report/diagnostic.js';
import { aliasExpansionMessage, MAX_ALIAS_COUNT, scanYaml } from './input-limits.js';
import { explainYamlError } from './yaml-hints.js';

export interface RawField {
  key: string;
  /** The value as plain data (strings stay strings; dates are not converted). */
  value: unknown;
  keySpan: Span;
  valueSpan: Span;
}

export interface RawFrontMatter {
  /** True when the file opens with a `---` block (even a broken one). */
  present: boolean;
  /** Fields in the order written; empty when the block is missing or unreadable. */
  fields: RawField[];
  /**
   * Keys of fields whose YAML is broken while the rest of the block reads
   * (see `salvageFields`): written, but without a value. Their error is among `findings`.
   */
  unreadable: Array<{ key: string; keySpan: Span }>;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  findings: RuleFinding[];
}

export { YAML_LIMITS } from './input-limits.js';
const OPENING = /^---[ \t]*(.*?)[ \t]*$/;
const CLOSING = /^(---|\.\.\.)[ \t]*$/;

export function parseFrontMatter(text: string): RawFrontMatter {
  // A BOM and CRLF endings are fine to read; neither changes a line or column.
  const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  const findings: RuleFinding[] = [];
  const opening = OPENING.exec(lines[0] ?? '');
  if (!opening) {
    findings.push({
      ruleId: 'front-matter-syntax',
      message: 'Missing front matter, expected the file to start with a `---` line, YAML fields, and a closing `---` line',
      span: { start: { line: 1, column: 1 } },
    });
    return { present: false, fields: [], unreadable: [], body: source, bodyLine: 1, findings };
  }
  const closingIndex = lines.findIndex((line, index) => index > 0 && CLOSING.test(line));
  if (closingIndex < 0) {
    findings.push({
      ruleId: 'front-matter-syntax',
      message: 'Unterminated front matter, expected a closing `---` line after the YAML fields',
      span: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } },
    });
    return { present: true, fields: [], unreadable: [], body: '', bodyLine: lines.length + 1, findings };
  }
  // The lines after the closing one, as a cut of the text rather than a copy: a corpus keeps every body for the
  // whole build (the same text as lines.slice(closingIndex + 1).join('\n')).
  const body = source.slice(lines.slice(0, closingIndex + 1).reduce((offset, line) => offset + line.length + 1, 0));
  const bodyLine = closingIndex + 2;
  const language = opening[1] ?? '';
  if (language !== '' && !/^ya?ml$/i.test(language)) {
    findings.push({
      ruleId: 'front-matter-syntax',
      message: `Unexpected front-matter language \`${language}\`, expected YAML (a plain \`---\` line); front matter is data and is never run as code`,
      span: { start: { line: 1, column: 4 }, end: { line: 1, column: 4 + language.length } },
    });
    return { present: true, fields: [], unreadable: [], body, bodyLine, findings };
  }
  const yamlText = lines.slice(1, closingIndex).join('\n');
  return { present: true, ...parseYamlFields(yamlText, 2, findings), body, bodyLine, findings };
}

type ReadFields = Pick<RawFrontMatter, 'fields' | 'unreadable'>;

function parseYamlFields(yamlText: string, firstLine: number, findings: RuleFinding[], salvage = true): ReadFields {
  // Over a limit, nothing is read, not even field by field: the limit bounds the work.
  const over = scanYaml(yamlText, firstLine);
  if (over) {
    findings.push(over);
    return { fields: [], unreadable: [] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false, merge: false });
  const spanOf = (range: readonly number[] | null | undefined): Span => {
    const [startOffset = 0, endOffset = startOffset] = range ?? [];
    const start = lineCounter.linePos(startOffset);
    const end = lineCounter.linePos(endOffset);
    return {
      start: { line: start.line + firstLine - 1, column: start.col },
      end: { line: end.line + firstLine - 1, column: end.col },
    };
  };
  const yamlLines = yamlText.split('\n');
  // One explanation per place: the parser often reports one mistake two ways.
  const explained = new Set<string>();
  for (const error of doc.errors) {
    const at = lineCounter.linePos(error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      findings.push({ ruleId: 'front-matter-duplicate-key', message: duplicateKeyMessage(yamlLines, at.line - 1, firstLine), span: spanOf(error.pos) });
      continue;
    }
    const hint = explainYamlError(error.code, firstSentence(error.message), yamlLines, at.line - 1, at.col);
    const span: Span = hint ? { start: { line: hint.line + firstLine, column: hint.column } } : spanOf(error.pos);
    const place = `${span.start.line}:${hint ? hint.message.split(',')[0] : error.message}`;
    if (explained.has(place)) continue;
    explained.add(place);
    findings.push({ ruleId: 'front-matter-syntax', message: hint ? hint.message : `Invalid YAML in front matter: ${firstSentence(error.message)}`, span });
  }
  if (doc.errors.some((error) => error.code !== 'DUPLICATE_KEY')) return salvage ? salvageFields(yamlText, firstLine) : { fields: [], unreadable: [] };
  if (doc.contents === null) {
    findings.push({
      ruleId: 'front-matter-syntax',
      message: 'Empty front matter, expected YAML fields such as `title`, `type`, `status` and `track`',
      span: { start: { line: 1, column: 1 } },
    });
    return { fields: [], unreadable: [] };
  }
  if (!isMap(doc.contents)) {
    const what = isScalar(doc.contents) ? 'single value' : 'list';
    findings.push({
      ruleId: 'front-matter-syntax',
      message: `Unexpected ${what} as front matter, expected a mapping of fields such as \`title: …\``,
      span: spanOf(doc.contents.range),
    });
    return { fields: [], unreadable: [] };
  }
  const seen = new Set<string>();
  const fields: RawField[] = [];
  for (const pair of doc.contents.items as Pair<Node | null, Node | null>[]) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : null;
    if (key === null) {
      findings.push({
        ruleId: 'front-matter-syntax',
        message: 'Unexpected complex key, expected a plain field name',
        span: spanOf(keyNode?.range),
      });
      continue;
    }
    if (seen.has(key)) continue; // reported above as a duplicate; the first one counts
    seen.add(key);
    let value: unknown;
    try {
      value = pair.value === null ? null : pair.value.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      findings.push({
        ruleId: 'front-matter-syntax',
        message: aliasExpansionMessage(key, error),
        span: spanOf(pair.value?.range ?? keyNode?.range),
      });
      break; // one report is enough: later fields usually reuse the same aliases

    }
    fields.push({ key, value, keySpan: spanOf(keyNode?.range), valueSpan: spanOf(pair.value?.range ?? keyNode?.range) });
    for (const lost of lostToComments(yamlText, key, pair)) {
      findings.push({ ruleId: 'front-matter-comment', message: lost.message, span: spanOf([lost.offset]) });
    }
    const anchor = unusedAnchor(yamlText, pair.value?.range?.[0]);
    if (anchor) {
      findings.push({
        ruleId: 'front-matter-syntax',
        message: `Unexpected anchor \`&${anchor.name}\` at the start of the value of \`${key}\` (YAML reads \`&\` as an anchor and leaves it out of the value), expected the value in quotes if \`&${anchor.name}\` is text`,
        span: spanOf([anchor.offset]),
      });
    }
  }
  return { fields, unreadable: [] };
}

/** A top-level key at the start of a line: where one field of a block mapping begins. */
const TOP_LEVEL_KEY = /^(["']?)([^\s#:"'][^:]*?)\1[ \t]*:(?:[ \t]|$)/;

/**
 * When the YAML of the block is broken somewhere, read it field by field: each
 * top-level `key:` line with the indented lines below it is parsed on its own.
 * The fields that read are kept, so one broken field does not hide the others
 * from every other check; the broken ones are listed as unreadable (their
 * errors were reported from the whole block already). Anchors and aliases do
 * not cross fields here, so a field that uses one from another field is
 * unreadable too.
 */
function salvageFields(yamlText: string, firstLine: number): ReadFields {
  const lines = yamlText.split('\n');
  const starts = lines.flatMap((line, index) => (TOP_LEVEL_KEY.test(line) ? [index] : []));
  const fields: RawField[] = [];
  const unreadable: ReadFields['unreadable'] = [];
  const seen = new Set<string>();
  starts.forEach((start, index) => {
    const chunk = lines.slice(start, starts[index + 1] ?? lines.length).join('\n');
    const key = TOP_LEVEL_KEY.exec(lines[start]!)![2]!.trim();
    if (seen.has(key)) return;
    seen.add(key);
    const ignored: RuleFinding[] = [];
    const read = parseYamlFields(chunk, firstLine + start, ignored, false);
    const [field] = read.fields;
    if (ignored.length === 0 && read.fields.length === 1 && field?.key === key) fields.push(field);
    else unreadable.push({ key, keySpan: { start: { line: firstLine + start, column: 1 }, end: { line: firstLine + start, column: 1 + key.length } } });
  });
  return { fields, unreadable };
}

/**
 * Text that YAML took for a comment although it most likely belongs to the
 * value: ` #` followed directly by a character other than a space (`title:
 * Sizes #1`, `- Team #blue`). A comment written as YAML writes comments,
 * `# like this`, is left alone. Plain values only (a quoted value cannot lose
 * anything), at the top level and as items of a block list.
 */
function lostToComments(yamlText: string, key: string, pair: Pair<Node | null, Node | null>): Array<{ message: string; offset: number }> {
  const lost: Array<{ message: string; offset: number }> = [];
  const check = (where: string, written: string, from: number, writtenForm: (value: string) => string) => {
    const lineEnd = yamlText.indexOf('\n', from);
    const rest = yamlText.slice(from, lineEnd < 0 ? yamlText.length : lineEnd);
    const match = /^([ \t]+)#(\S.*?)[ \t]*$/.exec(rest);
    if (!match || match[2]!.startsWith('#')) return;
    const meant = written === '' ? `#${match[2]}` : `${written}${match[1]}#${match[2]}`;
    const value = written === '' ? `\`${where.replace(/`/g, '')}\` has no value` : `the value is \`${written}\``;
    lost.push({
      offset: from + match[1]!.length,
      message:
        `Unexpected comment \`#${match[2]}\` after ${where} (YAML reads \` #\` as the start of a comment, so ${value}), ` +
        `expected the whole value in quotes if \`#${match[2]}\` belongs to it: \`${writtenForm(JSON.stringify(meant))}\``,
    });
  };
  const node = pair.value;
  const keyEnd = pair.key?.range?.[1];
  if (node === null || (isScalar(node) && node.value === null && node.range && node.range[0] === node.range[1])) {
    // `title: #1`: the whole value went into the comment.
    const colon = keyEnd === undefined ? -1 : yamlText.indexOf(':', keyEnd);
    if (colon >= 0) check(`\`${key}:\``, '', colon + 1, (quoted) => `${key}: ${quoted}`);
  } else if (isScalar(node) && node.type === 'PLAIN' && node.range) {
    check(`the value of \`${key}\``, String(node.value), node.range[1], (quoted) => `${key}: ${quoted}`);
  } else if (isSeq(node) && !node.flow) {
    for (const item of node.items as Array<Node | null>) {
      if (isScalar(item) && item.type === 'PLAIN' && item.range) {
        check(`an item of \`${key}\``, String(item.value), item.range[1], (quoted) => `- ${quoted}`);
      }
    }
  }
  return lost;
}

/**
 * An anchor (`&Co`) written right before a value that no alias (`*Co`) uses:
 * text that YAML silently took for an anchor. Its name, or null.
 */
function unusedAnchor(yamlText: string, valueStart: number | undefined): { name: string; offset: number } | null {
  if (valueStart === undefined) return null;
  const lineStart = yamlText.lastIndexOf('\n', valueStart - 1) + 1;
  const match = /&([^\s,[\]{}]+)[ \t]+$/.exec(yamlText.slice(lineStart, valueStart));
  if (!match || yamlText.includes(`*${match[1]}`)) return null;
  return { name: match[1]!, offset: lineStart + match.index };
}

/** Names the repeated key and where it was first written. */
function duplicateKeyMessage(lines: readonly string[], line: number, firstLine: number): string {
  const key = /^(["']?)([^\s#:"'][^:]*?)\1[ \t]*:/.exec(lines[line] ?? '')?.[2]?.trim();
  if (!key) return 'Unexpected duplicate key, expected each front-matter field once';
  const first = lines.findIndex((text, index) => index < line && new RegExp(`^(["']?)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1[ \t]*:`).test(text));
  const where = first >= 0 ? ` (first written on line ${first + firstLine})` : '';
  return `Unexpected duplicate key \`${key}\`${where}, expected each front-matter field once: keep one \`${key}\` line`;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/\.$/, '');
}
