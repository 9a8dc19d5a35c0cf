import { describe, expect, it } from 'vitest';
import { lintScopeFixture, scopeText, SCOPE_TEST_DOCUMENTS } from '../scope-testing.js';

const lint = (scope: string) => lintScopeFixture({ ...SCOPE_TEST_DOCUMENTS, 'scopes/test.yaml': scope }, ['scope-unique-id']);

describe('scope-unique-id', () => {
  it('accepts distinct ids', async () => {
    expect(await lint(scopeText())).toEqual([]);
  });

  it.each([
    [{ modules: '  - id: m\n    name: A\n  - id: m\n    name: B' }, '6:5 error Unexpected repeated module id `m` (first on line 4), expected each module id once'],
    [{ scripts: '  - executable: ./a.py\n    testcases:\n      - id: t\n  - testcases:\n      - id: t' }, '16:13 error Unexpected repeated test case id `t` (first on line 14), expected each test case id once'],
    [{ versions: '  - version: v1\n    include: []\n  - version: v1\n    include: []' }, '18:5 error Unexpected repeated version `v1` (first on line 16), expected each version once'],
    [
      { timeline: '  - date: 2025-01-01\n    versions: {v1: effective}\n  - date: 2025-01-01\n    versions: {v1: warn}' },
      '25:11 error Unexpected repeated timeline date `2025-01-01` (first on line 23), expected each timeline date once',
    ],
  ])('reports %o', async (parts, expected) => {
    expect(await lint(scopeText(parts))).toEqual([`scopes/test.yaml:${expected}`]);
  });
});
