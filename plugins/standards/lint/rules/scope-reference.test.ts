import { describe, expect, it } from 'vitest';
import { lintScopeFixture, scopeText, SCOPE_TEST_DOCUMENTS } from '../scope-testing.js';

const lint = (scope: string) => lintScopeFixture({ ...SCOPE_TEST_DOCUMENTS, 'scopes/test.yaml': scope }, ['scope-reference']);

describe('scope-reference', () => {
  it('accepts includes of existing modules, declared parameters and known test cases', async () => {
    expect(await lint(scopeText())).toEqual([]);
  });

  it('accepts a module without targets and a target that is empty', async () => {
    expect(await lint(scopeText({ modules: '  - id: scs-0100-v3\n    name: A\n    parameters: {spec: s}\n    targets:\n      main: []' }))).toEqual([]);
  });

  it.each([
    [
      { versions: '  - version: v1\n    include:\n      - scs-0100-v4' },
      '18:9 error Unexpected module `scs-0100-v4` in `include` of version `v1`, expected one of the scope\'s modules (`scs-0100-v3`)',
    ],
    [
      { versions: '  - version: v1\n    include:\n      - ref: scs-0100-v3\n        parameters:\n          flavours: x.yaml' },
      '20:11 error Unexpected parameter `flavours` bound for module `scs-0100-v3` in version `v1`, expected one it declares (`spec`)',
    ],
    [
      { modules: '  - id: scs-0100-v3\n    name: A\n    parameters: {spec: s}\n    targets:\n      main: [flavor-names]\n      preview: [flavor-nmes]' },
      '9:17 error Unexpected test case `flavor-nmes` in target `preview` of module `scs-0100-v3`, expected the id of a test case in `scripts`',
    ],
    [
      { versions: '  - version: v1\n    include: []\n    targets:\n      main: [nothing]' },
      '19:14 error Unexpected test case `nothing` in target `main` of version `v1`, expected the id of a test case in `scripts`',
    ],
  ])('reports %o', async (parts, expected) => {
    expect(await lint(scopeText(parts))).toEqual([`scopes/test.yaml:${expected}`]);
  });

  it('says so when a module declares no parameters', async () => {
    const modules = '  - id: scs-0100-v3\n    name: A';
    expect(await lint(scopeText({ modules }))).toEqual([
      'scopes/test.yaml:16:11 error Unexpected parameter `spec` bound for module `scs-0100-v3` in version `v1`, expected none: the module declares no parameters',
    ]);
  });
});
