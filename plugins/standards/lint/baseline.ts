// The baseline: findings a corpus already had when the linter was adopted,
// recorded so that CI is green on day one and still fails on every new one.
// Pure: fingerprints, matching, and the file's text in and out. Reading and
// writing the file is baseline-file.ts; the command line decides when.
//
// An entry is keyed by file, rule and a fingerprint of the message and the
// offending text (never by line number, so an edit elsewhere in the file
// keeps it), and
// counts how often that finding occurs: the same text twice is two findings,
// and a third one is new.
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../report/diagnostic.js';

export const BASELINE_FILE_NAME = 'standards-lint.baseline.json';
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** Path of the document, relative to the baseline file's folder, with `/`. */
  file: string;
  rule: string;
  /** 16 hex digits of SHA-256 over the rule id, the message and the offending text. */
  fingerprint: string;
  /** How many findings with this key were recorded. */
  count: number;
  /** The finding's message when recorded, for people reading the file (the fingerprint covers it). */
  message: string;
}

export interface Baseline {
  entries: BaselineEntry[];
}

/** A diagnostic with the key it is matched by. */
export interface KeyedDiagnostic {
  diagnostic: Diagnostic;
  file: string;
  fingerprint: string;
}

/** An entry that matched fewer findings than it counts; `count` is how many no longer occur. */
export type StaleEntry = BaselineEntry;

export interface BaselineOutcome {
  reported: Diagnostic[];
  suppressed: Diagnostic[];
  stale: StaleEntry[];
}

/**
 * The offending text of a finding: what its span covers, widened to the word
 * on either side when it is only a few characters (a curly quote, `--`,
 * trailing spaces), so that small findings of one kind tell apart without
 * depending on the rest of their line; a finding at a point (no end) takes
 * its whole line. Whitespace runs are collapsed: re-indenting is not a
 * change. `lines` is the file's text split into lines; positions are 1-based,
 * end columns exclusive.
 */
export function offendingText(diagnostic: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>, lines: readonly string[]): string {
  const first = Math.max(1, diagnostic.line);
  const last = Math.max(first, diagnostic.endLine ?? first);
  const covered = lines.slice(first - 1, last);
  if (diagnostic.endColumn === undefined || covered.length === 0) return normalize(covered.join('\n'));
  const end = covered.length - 1;
  const span = covered.map((text, index) => text.slice(index === 0 ? diagnostic.column - 1 : 0, index === end ? diagnostic.endColumn! - 1 : undefined)).join('\n');
  if (span.replace(/\s/g, '').length >= MIN_SPAN || covered.length > 1) return normalize(span);
  return normalize(widen(covered[0]!, diagnostic.column - 1, diagnostic.endColumn - 1));
}

/** A span with fewer non-space characters than this says too little on its own. */
const MIN_SPAN = 4;

/** `line` from `start` to `end`, extended over the spaces and the word on each side. */
function widen(line: string, start: number, end: number): string {
  let from = Math.max(0, start);
  while (from > 0 && /\s/.test(line[from - 1]!)) from--;
  while (from > 0 && !/\s/.test(line[from - 1]!)) from--;
  let to = Math.max(from, end);
  while (to < line.length && /\s/.test(line[to]!)) to++;
  while (to < line.length && !/\s/.test(line[to]!)) to++;
  return line.slice(from, to);
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The key of a finding within its file and rule: its message (positions it
 * may mention left out, as they move with every edit) and its offending text.
 */
export function fingerprint(ruleId: string, message: string, text: string): string {
  const stableMessage = message.replace(/\b\d+:\d+(?:-\d+:\d+)?\b/g, '').replace(/\blines? \d+\b/g, 'line');
  return createHash('sha256').update(`${ruleId}\0${stableMessage}\0${text}`).digest('hex').slice(0, 16);
}

const keyOf = (file: string, rule: string, print: string) => `${file}\0${rule}\0${print}`;

/** Today's findings as a baseline, entries in a fixed order. */
export function buildBaseline(findings: readonly KeyedDiagnostic[]): Baseline {
  const byKey = new Map<string, BaselineEntry>();
  for (const { diagnostic, file, fingerprint: print } of findings) {
    const key = keyOf(file, diagnostic.ruleId, print);
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { file, rule: diagnostic.ruleId, fingerprint: print, count: 1, message: diagnostic.message });
  }
  return { entries: sortEntries([...byKey.values()]) };
}

/**
 * Splits findings into reported and suppressed, and lists the entries that
 * no longer occur. Findings are taken in the order given (file, line, column),
 * so where a key has more findings than the baseline counts, the later ones
 * are reported. `inScope` says which baseline files this run looked at: an
 * entry of a file that was not linted is not stale.
 */
export function applyBaseline(findings: readonly KeyedDiagnostic[], baseline: Baseline, inScope: (file: string) => boolean): BaselineOutcome {
  const left = new Map<string, number>();
  for (const entry of baseline.entries) left.set(keyOf(entry.file, entry.rule, entry.fingerprint), entry.count);
  const reported: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const { diagnostic, file, fingerprint: print } of findings) {
    const key = keyOf(file, diagnostic.ruleId, print);
    const remaining = left.get(key) ?? 0;
    if (remaining > 0) {
      left.set(key, remaining - 1);
      suppressed.push(diagnostic);
    } else {
      reported.push(diagnostic);
    }
  }
  const stale = baseline.entries.flatMap((entry) => {
    const remaining = left.get(keyOf(entry.file, entry.rule, entry.fingerprint)) ?? 0;
    return remaining > 0 && inScope(entry.file) ? [{ ...entry, count: remaining }] : [];
  });
  // For reading: by file, then rule and message (a fingerprint's order means nothing to a person).
  stale.sort((a, b) => compare(a.file, b.file) || compare(a.rule, b.rule) || compare(a.message, b.message) || compare(a.fingerprint, b.fingerprint));
  return { reported, suppressed, stale };
}

/**
 * A new baseline from this run's findings, keeping the entries of files the
 * run did not look at (linting one file must not forget the others).
 */
export function mergeBaseline(previous: Baseline | null, findings: readonly KeyedDiagnostic[], inScope: (file: string) => boolean): Baseline {
  const kept = (previous?.entries ?? []).filter((entry) => !inScope(entry.file));
  return { entries: sortEntries([...kept, ...buildBaseline(findings).entries]) };
}

/** The file's text: one entry per line, sorted, so a diff shows exactly which findings came and went. */
export function formatBaseline(baseline: Baseline): string {
  const lines = baseline.entries.map(
    (entry) =>
      `    ${JSON.stringify({ file: entry.file, rule: entry.rule, fingerprint: entry.fingerprint, count: entry.count, message: entry.message })}`,
  );
  return [
    '{',
    `  "version": ${BASELINE_VERSION},`,
    '  "comment": "Findings suppressed by npm run lint:standards; rewrite with --write-baseline. Keyed by file, rule and a fingerprint of the offending text; count is how often it occurs.",',
    lines.length === 0 ? '  "findings": []' : `  "findings": [\n${lines.join(',\n')}\n  ]`,
    '}',
    '',
  ].join('\n');
}

export type BaselineParse = { ok: true; baseline: Baseline } | { ok: false; message: string };

const ENTRY_KEYS = ['file', 'rule', 'fingerprint', 'count', 'message'];

/** The file's text -> a baseline, or what is wrong with it in words. Entries with the same key add up. */
export function parseBaseline(text: string): BaselineParse {
  const fail = (message: string): BaselineParse => ({ ok: false, message });
  if (/^(<{7}|={7}|>{7})( |$)/m.test(text)) return fail('Unexpected merge-conflict markers, expected the file --write-baseline writes: run --write-baseline again');
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`Invalid JSON (${(error as Error).message.replace(/\s+/g, ' ')}), expected the file --write-baseline writes`);
  }
  if (!isObject(raw)) return fail('Unexpected JSON value, expected an object with `version` and `findings`');
  const unknown = Object.keys(raw).find((key) => !['version', 'comment', 'findings'].includes(key));
  if (unknown !== undefined) return fail(`Unexpected key \`${unknown}\`, expected \`version\`, \`comment\` and \`findings\``);
  if (raw.version !== BASELINE_VERSION) return fail(`Unexpected version ${JSON.stringify(raw.version)}, expected ${BASELINE_VERSION}`);
  if (!Array.isArray(raw.findings)) return fail('Unexpected `findings`, expected an array of entries');
  const byKey = new Map<string, BaselineEntry>();
  for (const [index, item] of raw.findings.entries()) {
    const where = `findings[${index}]`;
    if (!isObject(item)) return fail(`Unexpected ${where}, expected an object such as { "file": "…", "rule": "…", "fingerprint": "…", "count": 1 }`);
    const extra = Object.keys(item).find((key) => !ENTRY_KEYS.includes(key));
    if (extra !== undefined) return fail(`Unexpected key \`${extra}\` in ${where}, expected ${ENTRY_KEYS.map((key) => `\`${key}\``).join(', ')}`);
    for (const key of ['file', 'rule'] as const) {
      if (typeof item[key] !== 'string' || item[key] === '') return fail(`Unexpected ${JSON.stringify(item[key])} for \`${key}\` in ${where}, expected a non-empty string`);
    }
    if (typeof item.fingerprint !== 'string' || !/^[0-9a-f]{16}$/.test(item.fingerprint)) {
      return fail(`Unexpected ${JSON.stringify(item.fingerprint)} for \`fingerprint\` in ${where}, expected 16 hexadecimal digits`);
    }
    if (typeof item.count !== 'number' || !Number.isSafeInteger(item.count) || item.count < 1) {
      return fail(`Unexpected ${JSON.stringify(item.count)} for \`count\` in ${where}, expected a whole number from 1`);
    }
    if (item.message !== undefined && typeof item.message !== 'string') return fail(`Unexpected ${JSON.stringify(item.message)} for \`message\` in ${where}, expected a string`);
    const entry: BaselineEntry = { file: item.file as string, rule: item.rule as string, fingerprint: item.fingerprint, count: item.count, message: (item.message as string | undefined) ?? '' };
    const key = keyOf(entry.file, entry.rule, entry.fingerprint);
    const same = byKey.get(key);
    if (same) same.count += entry.count;
    else byKey.set(key, entry);
  }
  return { ok: true, baseline: { entries: sortEntries([...byKey.values()]) } };
}

/** Plain code-unit order: the same on every machine, whatever its locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  return entries.sort((a, b) => compare(a.file, b.file) || compare(a.rule, b.rule) || compare(a.fingerprint, b.fingerprint));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
