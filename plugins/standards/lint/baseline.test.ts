import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../report/diagnostic.js';
import { applyBaseline, buildBaseline, fingerprint, formatBaseline, mergeBaseline, offendingText, parseBaseline, type KeyedDiagnostic } from './baseline.js';

const TEXT = ['---', 'title: Entropy', '---', '', 'The “default” flavor.', 'See [the spec][spec] and “this”.', '', 'The “default” flavor.'];

const finding = (line: number, column: number, ruleId: string, message: string, end?: [number, number]): Diagnostic => ({
  file: 'Standards/scs-0101-v1-entropy.md',
  line,
  column,
  ...(end ? { endLine: end[0], endColumn: end[1] } : {}),
  severity: 'warning',
  ruleId,
  message,
});

/** Keys findings as the command line does, from the file's lines. */
const keyed = (diagnostics: Diagnostic[], lines = TEXT): KeyedDiagnostic[] =>
  diagnostics.map((diagnostic) => ({
    diagnostic,
    file: 'scs-0101-v1-entropy.md',
    fingerprint: fingerprint(diagnostic.ruleId, diagnostic.message, offendingText(diagnostic, lines)),
  }));

const QUOTE = 'Unexpected curly quote `“`, expected `"`';
const REFERENCE = 'Unexpected reference to undefined definition (`spec`)';

describe('offendingText', () => {
  it.each([
    ['a span of a few characters: the span', { line: 6, column: 5, endLine: 6, endColumn: 21 }, '[the spec][spec]'],
    ['a span of one character: with the word on each side', { line: 5, column: 5, endLine: 5, endColumn: 6 }, 'The “default”'],
    ['a span at the end of a line', { line: 8, column: 21, endLine: 8, endColumn: 22 }, 'flavor.'],
    ['a point: its whole line', { line: 2, column: 1 }, 'title: Entropy'],
    ['a span over lines, whitespace collapsed', { line: 5, column: 5, endLine: 6, endColumn: 4 }, '“default” flavor. See'],
    ['a short span over lines: as it is', { line: 5, column: 21, endLine: 6, endColumn: 2 }, '. S'],
    ['a line past the end of the file', { line: 40, column: 1 }, ''],
  ])('%s', (_, position, expected) => {
    expect(offendingText(position, TEXT)).toBe(expected);
  });
});

describe('fingerprint', () => {
  it('is 16 hex digits, the same for the same rule, message and text', () => {
    expect(fingerprint('curly-quotes', QUOTE, 'a')).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint('curly-quotes', QUOTE, 'a')).toBe(fingerprint('curly-quotes', QUOTE, 'a'));
  });

  it('differs by rule, message and text', () => {
    const prints = new Set([fingerprint('curly-quotes', QUOTE, 'a'), fingerprint('double-hyphen', QUOTE, 'a'), fingerprint('curly-quotes', 'other', 'a'), fingerprint('curly-quotes', QUOTE, 'b')]);
    expect(prints.size).toBe(4);
  });

  it('ignores positions a message mentions, which move with edits elsewhere', () => {
    expect(fingerprint('r', 'Duplicate of the one at 3:1-3:9', 'x')).toBe(fingerprint('r', 'Duplicate of the one at 12:1-12:9', 'x'));
    expect(fingerprint('r', 'Same as on line 4', 'x')).toBe(fingerprint('r', 'Same as on line 17', 'x'));
  });
});

describe('applyBaseline', () => {
  const today = [finding(5, 5, 'curly-quotes', QUOTE, [5, 6]), finding(6, 5, 'markdown-style', REFERENCE, [6, 21]), finding(8, 5, 'curly-quotes', QUOTE, [8, 6])];
  const baseline = buildBaseline(keyed(today));
  const all = () => true;

  it('records the same text twice as one entry counted twice', () => {
    expect(baseline.entries.map(({ rule, count, message }) => [rule, count, message])).toEqual([
      ['curly-quotes', 2, QUOTE],
      ['markdown-style', 1, REFERENCE],
    ]);
  });

  it('suppresses what it recorded', () => {
    expect(applyBaseline(keyed(today), baseline, all)).toEqual({ reported: [], suppressed: today, stale: [] });
  });

  it('keeps suppressing after lines are added above (no line numbers in the key)', () => {
    const moved = ['', '', ...TEXT];
    const shifted = today.map((diagnostic) => ({ ...diagnostic, line: diagnostic.line + 2, endLine: diagnostic.endLine! + 2 }));
    expect(applyBaseline(keyed(shifted, moved), baseline, all)).toEqual({ reported: [], suppressed: shifted, stale: [] });
  });

  it('reports a third finding of a text recorded twice, and a new one', () => {
    const third = finding(10, 5, 'curly-quotes', QUOTE, [10, 6]);
    const fresh = finding(6, 33, 'curly-quotes', QUOTE, [6, 34]);
    const lines = [...TEXT, '', 'The “default” flavor.'];
    const outcome = applyBaseline(keyed([...today.slice(0, 2), fresh, today[2]!, third], lines), baseline, all);
    expect(outcome.reported).toEqual([fresh, third]);
    expect(outcome.stale).toEqual([]);
  });

  it('lists entries that no longer occur, with how many are gone, in the files the run looked at', () => {
    const fixed = [today[0]!];
    expect(applyBaseline(keyed(fixed), baseline, all).stale).toEqual([
      { file: 'scs-0101-v1-entropy.md', rule: 'curly-quotes', fingerprint: baseline.entries[0]!.fingerprint, count: 1, message: QUOTE },
      { file: 'scs-0101-v1-entropy.md', rule: 'markdown-style', fingerprint: baseline.entries[1]!.fingerprint, count: 1, message: REFERENCE },
    ]);
    expect(applyBaseline(keyed(fixed), baseline, () => false).stale).toEqual([]);
  });

  it('reports a finding again when its text changed', () => {
    const edited = TEXT.map((line) => line.replace('[the spec][spec]', '[the new spec][spec]'));
    const moved = finding(6, 5, 'markdown-style', REFERENCE, [6, 25]);
    const outcome = applyBaseline(keyed([today[0]!, moved, today[2]!], edited), baseline, all);
    expect(outcome.reported).toEqual([moved]);
    expect(outcome.stale.map((entry) => entry.rule)).toEqual(['markdown-style']);
  });
});

describe('mergeBaseline', () => {
  it('replaces the entries of files the run looked at and keeps the others', () => {
    const previous = parseBaseline(
      JSON.stringify({ version: 1, findings: [
        { file: 'other.md', rule: 'trailing-spaces', fingerprint: '0000000000000001', count: 3, message: 'm' },
        { file: 'scs-0101-v1-entropy.md', rule: 'curly-quotes', fingerprint: '0000000000000002', count: 1, message: 'gone' },
      ] }),
    );
    if (!previous.ok) throw new Error(previous.message);
    const merged = mergeBaseline(previous.baseline, keyed([finding(5, 5, 'curly-quotes', QUOTE, [5, 6])]), (file) => file !== 'other.md');
    expect(merged.entries.map(({ file, count, message }) => [file, count, message])).toEqual([
      ['other.md', 3, 'm'],
      ['scs-0101-v1-entropy.md', 1, QUOTE],
    ]);
  });
});

describe('the baseline file', () => {
  const baseline = buildBaseline(keyed([finding(8, 5, 'curly-quotes', QUOTE, [8, 6]), finding(6, 5, 'markdown-style', REFERENCE, [6, 21]), finding(5, 5, 'curly-quotes', QUOTE, [5, 6])]));

  it('is one sorted entry per line, the same text for the same findings in any order', () => {
    const text = formatBaseline(baseline);
    const lines = text.split('\n');
    expect(lines[0]).toBe('{');
    expect(lines[1]).toBe('  "version": 1,');
    expect(lines.filter((line) => line.startsWith('    {"file":'))).toEqual([
      `    {"file":"scs-0101-v1-entropy.md","rule":"curly-quotes","fingerprint":"${baseline.entries[0]!.fingerprint}","count":2,"message":"Unexpected curly quote \`“\`, expected \`\\"\`"},`,
      `    {"file":"scs-0101-v1-entropy.md","rule":"markdown-style","fingerprint":"${baseline.entries[1]!.fingerprint}","count":1,"message":"Unexpected reference to undefined definition (\`spec\`)"}`,
    ]);
    expect(text.endsWith('}\n')).toBe(true);
    const reordered = [finding(5, 5, 'curly-quotes', QUOTE, [5, 6]), finding(6, 5, 'markdown-style', REFERENCE, [6, 21]), finding(8, 5, 'curly-quotes', QUOTE, [8, 6])];
    expect(formatBaseline(buildBaseline(keyed(reordered)))).toBe(text);
  });

  it('reads back what it wrote', () => {
    expect(parseBaseline(formatBaseline(baseline))).toEqual({ ok: true, baseline });
    expect(parseBaseline(formatBaseline({ entries: [] }))).toEqual({ ok: true, baseline: { entries: [] } });
  });

  it('adds up entries written twice (say, after resolving a merge by hand)', () => {
    const entry = { file: 'a.md', rule: 'r', fingerprint: '0123456789abcdef', count: 1, message: 'm' };
    expect(parseBaseline(JSON.stringify({ version: 1, findings: [entry, { ...entry, count: 2 }] }))).toEqual({ ok: true, baseline: { entries: [{ ...entry, count: 3 }] } });
  });

  it.each([
    ['<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> main\n', /^Unexpected merge-conflict markers, expected the file --write-baseline writes: run --write-baseline again$/],
    ['{"version": 1,\n', /^Invalid JSON \([^\n]+\), expected the file --write-baseline writes$/],
    ['[]', /^Unexpected JSON value, expected an object with `version` and `findings`$/],
    ['{"version": 2, "findings": []}', /^Unexpected version 2, expected 1$/],
    ['{"version": 1, "entries": []}', /^Unexpected key `entries`, expected `version`, `comment` and `findings`$/],
    ['{"version": 1}', /^Unexpected `findings`, expected an array of entries$/],
    ['{"version": 1, "findings": [3]}', /^Unexpected findings\[0\], expected an object/],
    ['{"version": 1, "findings": [{"file": "a.md", "rule": "r", "fingerprint": "xyz", "count": 1}]}', /^Unexpected "xyz" for `fingerprint` in findings\[0\], expected 16 hexadecimal digits$/],
    ['{"version": 1, "findings": [{"file": "a.md", "rule": "r", "fingerprint": "0123456789abcdef", "count": 0}]}', /^Unexpected 0 for `count` in findings\[0\], expected a whole number from 1$/],
    ['{"version": 1, "findings": [{"file": "", "rule": "r", "fingerprint": "0123456789abcdef", "count": 1}]}', /^Unexpected "" for `file` in findings\[0\], expected a non-empty string$/],
    ['{"version": 1, "findings": [{"file": "a.md", "rule": "r", "fingerprint": "0123456789abcdef", "count": 1, "line": 4}]}', /^Unexpected key `line` in findings\[0\], expected `file`, `rule`, `fingerprint`, `count`, `message`$/],
  ])('rejects %j with a message', (text, message) => {
    const result = parseBaseline(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(message);
  });
});
