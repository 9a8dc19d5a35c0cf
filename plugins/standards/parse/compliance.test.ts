import { describe, expect, it } from 'vitest';
import { parseComplianceFile } from './compliance.js';

const lines = (text: string) => parseComplianceFile('x.yaml', text).findings.map((finding) => `${finding.span?.start.line}:${finding.span?.start.column} ${finding.message}`);

describe('parseComplianceFile', () => {
  it('reads a subject with results per scope, dates kept as written', () => {
    const parsed = parseComplianceFile(
      'aurora.yaml',
      'name: Aurora\noperator: Aurora GmbH\ndescription: A cloud.\nresults:\n  - scope: u-1\n    testcases:\n      - { id: a, result: PASS, checked_at: 2026-11-26 }\n      - { id: b, result: ABORT, checked_at: "2026-11-26T03:00:00Z" }\n',
    );
    expect(parsed.findings).toEqual([]);
    expect(parsed.subject).toEqual({
      slug: 'aurora',
      path: 'aurora.yaml',
      name: 'Aurora',
      operator: 'Aurora GmbH',
      description: 'A cloud.',
      scopes: [{ scope: 'u-1', results: [{ testcase: 'a', result: 'PASS', checkedAt: '2026-11-26' }, { testcase: 'b', result: 'ABORT', checkedAt: '2026-11-26T03:00:00Z' }] }],
    });
  });

  it('reports every problem with its position and keeps the good results', () => {
    expect(
      lines('name: A\nowner: me\nresults:\n  - scope: u-1\n    testcases:\n      - { id: a, result: OK, checked_at: 2026-11-26 }\n      - { id: b, result: PASS, checked_at: soon }\n      - { id: c, result: PASS }\n'),
    ).toEqual([
      '2:1 Unexpected key `owner` in the compliance file, expected one of `name`, `operator`, `description`, `results`',
      '6:26 Unexpected text `OK` for `result` of test case `a`, expected `PASS`, `FAIL` or `ABORT`',
      '7:44 Unexpected `soon` for `checked_at`, expected a day or a date-time such as `2026-11-26T03:10:00Z`',
      '8:9 Missing `checked_at` for test case `c`, expected when it was checked',
    ]);
    expect(lines('- a\n')).toEqual(['1:1 Unexpected list as a compliance file, expected a mapping with `name` and `results`']);
  });

  it('refuses more aliases than a YAML file may hold, before parsing', () => {
    const text = `name: c\nresults: &r []\nmore:\n${Array.from({ length: 201 }, () => '  - *r').join('\n')}\n`;
    expect(lines(text)).toEqual(['204:5 Unexpected more than 200 aliases (`*name`) in the compliance file, expected fewer; the compliance file was not read']);
  });
});
