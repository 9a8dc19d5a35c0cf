import { describe, expect, it } from 'vitest';
import { lintScopeFixture, scopeText, SCOPE_TEST_DOCUMENTS } from '../scope-testing.js';

const lint = (scope: string) => lintScopeFixture({ ...SCOPE_TEST_DOCUMENTS, 'scopes/test.yaml': scope }, ['scope-schema']);

describe('scope-schema', () => {
  it('accepts a valid scope, variables with defaults and a manual script', async () => {
    const scripts = ['  - executable: ./check.py', '    testcases:', '      - id: flavor-names', '  - testcases:', '      - id: interview', '        lifetime: year', '        section: heavy'].join('\n');
    expect(await lint(scopeText({ extra: 'variables:\n  - os_cloud\n  - region: north', scripts }))).toEqual([]);
  });

  it.each([
    [{ extra: 'owner: me' }, '3:1 error Unexpected key `owner` in the scope, expected one of `uuid`, `name`, `url`, `versions`, `modules`, `timeline`, `scripts`, `variables` or `prerequisite`'],
    [{ extra: 'url: 42' }, '3:6 error Unexpected number `42` for `url`, expected text (put it in quotes)'],
    [{ extra: 'variables: os_cloud' }, '3:12 error Unexpected text `os_cloud` for `variables`, expected a list'],
    [{ modules: '  - id: m\n    name: M\n    title: T' }, '6:5 error Unexpected key `title` in module 1, expected one of `id`, `name`, `url`, `parameters` or `targets`'],
    [{ modules: '  - name: M' }, '4:5 error Missing `id` in module 1, expected it to be given'],
    [{ modules: '  - id: m\n    name: M\n    targets: [a]' }, '6:14 error Unexpected list for module `m`, expected a mapping from target names such as `main` to lists of test case ids'],
    [{ scripts: '  - executable: ./c.py\n    testcases:\n      - id: t\n        lifetime: fortnight' }, '15:19 error Unexpected text `fortnight` for `lifetime` of test case `t`, expected one of `day`, `week`, `month`, `quarter` or `year`'],
    [{ scripts: '  - executable: ./c.py\n    testcases:\n      - id: t\n        section: medium' }, '15:18 error Unexpected text `medium` for `section` of test case `t`, expected one of `light` or `heavy`'],
    [{ versions: '  - version: v1\n    stabilized_at: 2025-13-01\n    include: []' }, '17:20 error Unexpected text `2025-13-01` for `stabilized_at` of version `v1`, expected a day that exists in the calendar'],
    [{ versions: '  - version: 1.0\n    include: []' }, '16:14 error Unexpected number `1.0` for `version` of version 1, expected text (put it in quotes)'],
    [{ versions: '  - version: v1\n    include:\n      - [a]' }, '18:9 error Unexpected list in `include` of version `v1`, expected a module id or a mapping with `ref` and `parameters`'],
    [{ timeline: '  - date: 2025-01-01\n    versions: [v1]' }, '24:15 error Unexpected list for `versions` of timeline entry 1, expected a mapping from version to `draft`, `effective`, `warn` or `deprecated`'],
  ])('reports %o', async (parts, expected) => {
    expect(await lint(scopeText(parts))).toEqual([`scopes/test.yaml:${expected}`]);
  });
});
