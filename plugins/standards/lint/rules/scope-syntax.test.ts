import { describe, expect, it } from 'vitest';
import { lintScopeFixture, scopeText, SCOPE_TEST_DOCUMENTS } from '../scope-testing.js';

const lint = (scope: string) => lintScopeFixture({ ...SCOPE_TEST_DOCUMENTS, 'scopes/test.yaml': scope }, ['scope-syntax']);

describe('scope-syntax', () => {
  it('accepts a scope in the current format', async () => {
    expect(await lint(scopeText())).toEqual([]);
  });

  it.each([
    ['', '1:1 error Empty scope file, expected a mapping with `uuid`, `name`, `versions`, `modules` and `timeline`'],
    ['just text\n', '1:1 error Unexpected text `just text` as a scope file, expected a mapping with `uuid`, `name`, `versions`, `modules` and `timeline`'],
    ['name: a\nname: b\n', '2:1 error Unexpected duplicate key, expected each key once in a scope file'],
    ['name: "open\n', '2:1 error Invalid YAML in scope file: Missing closing "quote'],
    [
      'name: Old scope\niaas:\n  - version: v1\n    standards:\n      - name: Flavors\n        check_tools: [./check.py]\n',
      '4:5 error Unexpected scope file in the older format (versions that list `standards` with `check_tools`), expected the current format with top-level `modules`, `versions`, `timeline` and `scripts`',
    ],
  ])('reports %j', async (text, expected) => {
    expect(await lint(text)).toEqual([`scopes/test.yaml:${expected}`]);
  });

  it('reports a file that cannot be read as text', async () => {
    expect(await lintScopeFixture({ 'scopes/binary.yaml': 'uuid: \u0000\u0001\u0002' }, ['scope-syntax'])).toEqual([
      'scopes/binary.yaml:1:7 error Unexpected binary content (a NUL byte), expected a UTF-8 YAML text file',
    ]);
  });
});
