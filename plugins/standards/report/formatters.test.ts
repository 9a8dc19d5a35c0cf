import { describe, expect, it } from 'vitest';
import type { BaselineReport } from './baseline-report.js';
import type { Diagnostic } from './diagnostic.js';
import { escapeData, escapeProperty, formatGithub } from './format-github.js';
import { formatJson } from './format-json.js';
import { formatStylish } from './format-stylish.js';

const diagnostics: Diagnostic[] = [
  { file: 'Standards/scs-0100-v1-a.md', line: 4, column: 1, endLine: 4, endColumn: 6, severity: 'warning', ruleId: 'front-matter-unknown-key', message: 'Unexpected unknown key `state`, did you mean `status`?' },
  { file: 'Standards/scs-0100-v2-a.md', line: 1, column: 1, severity: 'error', ruleId: 'front-matter-syntax', message: 'Missing front matter, expected a `---` line' },
];

describe('formatStylish', () => {
  it('prints one line per problem and a summary', () => {
    expect(formatStylish(diagnostics, 3)).toBe(
      [
        'Standards/scs-0100-v1-a.md:4:1 warning Unexpected unknown key `state`, did you mean `status`? front-matter-unknown-key',
        'Standards/scs-0100-v2-a.md:1:1 error Missing front matter, expected a `---` line front-matter-syntax',
        '1 error, 1 warning in 3 files',
        '',
      ].join('\n'),
    );
  });

  it('prints only the summary when all is well', () => {
    expect(formatStylish([], 1)).toBe('0 errors, 0 warnings in 1 file\n');
  });

  it('with a baseline, lists entries that no longer occur and ends with what it suppressed', () => {
    expect(formatStylish([], 3, baseline)).toBe(
      [
        'Standards/scs-0102-v1-c.md info Baseline entry no longer found (2 times): Unexpected 1 trailing space at the end of the line, expected none trailing-spaces',
        '0 errors, 0 warnings in 3 files',
        'Baseline standards-lint.baseline.json: 1 finding suppressed (0 errors, 1 warning); 2 recorded findings no longer found: run with --write-baseline to drop them',
        '',
      ].join('\n'),
    );
    expect(formatStylish([], 3, { ...baseline, stale: [] })).toBe('0 errors, 0 warnings in 3 files\nBaseline standards-lint.baseline.json: 1 finding suppressed (0 errors, 1 warning)\n');
  });
});

const baseline: BaselineReport = {
  file: 'standards-lint.baseline.json',
  suppressed: [{ file: 'Standards/scs-0101-v1-b.md', line: 9, column: 3, severity: 'warning', ruleId: 'curly-quotes', message: 'Unexpected curly quote `”`, expected `"`' }],
  stale: [{ file: 'Standards/scs-0102-v1-c.md', ruleId: 'trailing-spaces', fingerprint: '0123456789abcdef', count: 2, message: 'Unexpected 1 trailing space at the end of the line, expected none' }],
};

describe('formatJson', () => {
  it('prints every field, end positions defaulting to the start', () => {
    expect(JSON.parse(formatJson(diagnostics))).toEqual({
      diagnostics: [
        { file: 'Standards/scs-0100-v1-a.md', line: 4, column: 1, endLine: 4, endColumn: 6, severity: 'warning', ruleId: 'front-matter-unknown-key', message: 'Unexpected unknown key `state`, did you mean `status`?' },
        { file: 'Standards/scs-0100-v2-a.md', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', ruleId: 'front-matter-syntax', message: 'Missing front matter, expected a `---` line' },
      ],
      suppressed: [],
      baseline: null,
    });
  });

  it('prints empty lists when all is well', () => {
    expect(JSON.parse(formatJson([]))).toEqual({ diagnostics: [], suppressed: [], baseline: null });
  });

  it('lists the findings a baseline suppressed and its entries that no longer occur', () => {
    expect(JSON.parse(formatJson([], baseline))).toEqual({
      diagnostics: [],
      suppressed: [{ file: 'Standards/scs-0101-v1-b.md', line: 9, column: 3, endLine: 9, endColumn: 3, severity: 'warning', ruleId: 'curly-quotes', message: 'Unexpected curly quote `”`, expected `"`' }],
      baseline: {
        file: 'standards-lint.baseline.json',
        stale: [{ file: 'Standards/scs-0102-v1-c.md', ruleId: 'trailing-spaces', fingerprint: '0123456789abcdef', count: 2, message: 'Unexpected 1 trailing space at the end of the line, expected none' }],
      },
    });
  });
});

describe('formatGithub', () => {
  it('prints one workflow command per problem', () => {
    expect(formatGithub(diagnostics)).toBe(
      '::warning file=Standards/scs-0100-v1-a.md,line=4,col=1,endLine=4,endColumn=6,title=front-matter-unknown-key::Unexpected unknown key `state`, did you mean `status`?\n' +
        '::error file=Standards/scs-0100-v2-a.md,line=1,col=1,title=front-matter-syntax::Missing front matter, expected a `---` line\n',
    );
  });

  it('adds what a baseline did as notices, which never fail a job', () => {
    expect(formatGithub([], baseline)).toBe(
      '::notice file=Standards/scs-0102-v1-c.md,title=trailing-spaces::Baseline entry no longer found (2 times): Unexpected 1 trailing space at the end of the line, expected none\n' +
        '::notice title=baseline::Baseline standards-lint.baseline.json: 1 finding suppressed (0 errors, 1 warning); 2 recorded findings no longer found: run with --write-baseline to drop them\n',
    );
  });

  it.each([
    ['100%', '100%25'],
    ['two\nlines', 'two%0Alines'],
    ['cr\r\nlf', 'cr%0D%0Alf'],
    ['a: b, c', 'a: b, c'],
  ])('escapes the message %j', (message, escaped) => {
    expect(escapeData(message)).toBe(escaped);
  });

  it.each([
    ['dir,with,commas/a.md', 'dir%2Cwith%2Ccommas/a.md'],
    ['C:\\x.md', 'C%3A\\x.md'],
    ['50%\n', '50%25%0A'],
  ])('escapes the property %j', (value, escaped) => {
    expect(escapeProperty(value)).toBe(escaped);
  });

  it('escapes a file name inside the command', () => {
    const [line] = formatGithub([{ ...diagnostics[1]!, file: 'a,b:c.md', message: 'x\ny' }]).split('\n');
    expect(line).toBe('::error file=a%2Cb%3Ac.md,line=1,col=1,title=front-matter-syntax::x%0Ay');
  });
});

describe('control characters from documents', () => {
  // ESC sequences (colour, clear screen, a hyperlink), CR, BEL, backspace, DEL, a C1 CSI, a right-to-left override, a line separator.
  const hostile = 'Unexpected `\u001b[31mred\u001b[0m\u001b[2J\u001b]8;;https://x.example\u0007link\u001b]8;;\u0007` \rfake\u0008\u007f \u009b31m \u202etxt.exe\u202c\u2028done';
  const diagnostic: Diagnostic = { file: 'Standards/scs-0100-v1-\u001b[1ma.md', line: 3, column: 1, severity: 'error', ruleId: 'front-matter-value', message: hostile };
  const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

  it('are escaped in stylish output, file name included', () => {
    const output = formatStylish([diagnostic], 1);
    expect(output).not.toMatch(UNSAFE);
    expect(output.split('\n')[0]).toBe(
      'Standards/scs-0100-v1-\\x1b[1ma.md:3:1 error Unexpected `\\x1b[31mred\\x1b[0m\\x1b[2J\\x1b]8;;https://x.example\\x07link\\x1b]8;;\\x07` \\x0dfake\\x08\\x7f \\x9b31m \\u202etxt.exe\\u202c\\u2028done front-matter-value',
    );
  });

  it('are escaped in GitHub annotations, and newlines stay the runner\'s own escapes', () => {
    const output = formatGithub([{ ...diagnostic, message: `${hostile}\n::error::injected` }]);
    expect(output).not.toMatch(UNSAFE);
    expect(output.trimEnd().split('\n')).toHaveLength(1);
    expect(output).toContain('file=Standards/scs-0100-v1-\\x1b[1ma.md,');
    expect(output).toContain('\\x1b[31mred');
    expect(output).toContain('%0Dfake\\x08\\x7f \\x9b31m \\u202etxt.exe');
    expect(output).toContain('done%0A::error::injected');
  });

  it('are escaped in JSON, which still parses to the text as written', () => {
    const output = formatJson([diagnostic]);
    expect(output).not.toMatch(UNSAFE);
    expect(output).toContain('\\u001b[31mred');
    expect(output).toContain('\\u202etxt.exe\\u202c\\u2028done');
    expect(JSON.parse(output)[0]).toMatchObject({ file: diagnostic.file, message: hostile });
  });
});
