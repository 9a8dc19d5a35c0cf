import { describe, expect, it } from 'vitest';
import type { FixReport } from '../lint/fix-run.js';
import { formatFixReport } from './format-fixes.js';

const diagnostic = (line: number, column: number, ruleId: string, message: string) => ({
  file: 'scs-0100-v1-a.md',
  line,
  column,
  severity: 'warning' as const,
  ruleId,
  message,
  fix: { kind: 'text' as const, edits: [] },
});

const REPORT: FixReport = {
  files: [{ path: 'scs-0100-v1-a.md', before: 'a “b”\tc\n', after: 'a "b"\tc\n', fixed: [diagnostic(1, 3, 'curly-quotes', 'Unexpected curly quote `“`, expected `"`')] }],
  notFixed: [{ path: 'scs-0100-v1-a.md', diagnostic: diagnostic(3, 1, 'curly-quotes', 'Unexpected curly quote `”`, expected `"`'), reason: 'it is inside inline code' }],
  passes: 2,
};

describe('formatFixReport', () => {
  it('lists per file what was fixed, then what was not and why, then a total', () => {
    expect(formatFixReport(REPORT, (relative) => `Standards/${relative}`, false)).toBe(
      'fixed Standards/scs-0100-v1-a.md: 1 problem\n' +
        '  1:3 Unexpected curly quote `“`, expected `"` curly-quotes\n' +
        'not fixed Standards/scs-0100-v1-a.md:3:1 Unexpected curly quote `”`, expected `"` curly-quotes: it is inside inline code\n' +
        'Fixed 1 problem in 1 file\n',
    );
  });

  it('adds the diff with --dry-run, keeping tabs and escaping other control characters', () => {
    const report = { ...REPORT, files: [{ ...REPORT.files[0]!, before: 'a “b”\tc\u001b[31m\n', after: 'a "b"\tc\u001b[31m\n' }], notFixed: [] };
    expect(formatFixReport(report, (relative) => relative, true)).toBe(
      'would fix scs-0100-v1-a.md: 1 problem\n' +
        '  1:3 Unexpected curly quote `“`, expected `"` curly-quotes\n' +
        '--- a/scs-0100-v1-a.md\n+++ b/scs-0100-v1-a.md\n@@ -1,1 +1,1 @@\n' +
        '-a “b”\tc\\x1b[31m\n+a "b"\tc\\x1b[31m\n' +
        'Would fix 1 problem in 1 file\n',
    );
  });
});
