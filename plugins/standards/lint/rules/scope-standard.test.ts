import { describe, expect, it } from 'vitest';
import { lintScopeFixture, scopeText, SCOPE_TEST_DOCUMENTS } from '../scope-testing.js';

const lint = (scope: string) => lintScopeFixture({ ...SCOPE_TEST_DOCUMENTS, 'scopes/test.yaml': scope }, ['scope-standard']);
const module = (id: string, url?: string) => `  - id: ${id}\n    name: M${url ? `\n    url: ${url}` : ''}`;

describe('scope-standard', () => {
  it.each([
    ['a portal URL', module('flavors', 'https://docs.scs.community/standards/scs-0100-v3-flavor-naming')],
    ['a repository file URL', module('flavors', 'https://github.com/SovereignCloudStack/standards/blob/main/Standards/scs-0100-v3-flavor-naming.md')],
    ['a supplement', module('testing', 'https://docs.scs.community/standards/scs-0100-w1-flavor-naming-testing')],
    ['an id with a minor version', module('scs-0100-v3.1')],
    ['a standard outside SCS', module('opc-v2022.11', 'https://opendev.org/openinfra/interop/src/branch/master/guidelines/2022.11.json')],
  ])('accepts %s', async (_, modules) => {
    expect(await lint(scopeText({ modules, versions: '  - version: v1\n    include: []' }))).toEqual([]);
  });

  it.each([
    [module('flavors', 'https://docs.scs.community/standards/scs-0100-v9-flavor-naming'), '4:5 error Unexpected standard `scs-0100-v9-flavor-naming.md` for module `flavors`, expected a document of the registry'],
    [module('scs-0999-v1'), '4:5 error Unexpected standard `scs-0999-v1` for module `scs-0999-v1`, expected a document of the registry'],
    [module('scs-0103-v1', 'https://docs.scs.community/standards/scs-0103-v1-rejected'), '4:5 error Unexpected Rejected document `scs-0103-v1-rejected.md` for module `scs-0103-v1`, expected a standard that was not turned down'],
  ])('reports %j', async (modules, expected) => {
    expect(await lint(scopeText({ modules, versions: '  - version: v1\n    include: []' }))).toEqual([`scopes/test.yaml:${expected}`]);
  });
});
