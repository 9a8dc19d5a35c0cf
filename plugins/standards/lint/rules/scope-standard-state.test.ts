import { describe, expect, it } from 'vitest';
import { lintScopeFixture, scopeText, SCOPE_TEST_DOCUMENTS } from '../scope-testing.js';

const modules = ['scs-0100-v3-flavor-naming', 'scs-0101-v1-entropy', 'scs-0102-v1-images']
  .map((name) => `  - id: ${name.slice(0, 11)}\n    name: ${name}\n    url: https://docs.scs.community/standards/${name}`)
  .join('\n');
const versions = (state: string) =>
  scopeText({
    modules,
    versions: '  - version: v1\n    include: [scs-0100-v3, scs-0101-v1, scs-0102-v1]',
    timeline: `  - date: 2025-01-01\n    versions: {v1: ${state}}`,
  });
const lint = (scope: string, date?: string) => lintScopeFixture({ ...SCOPE_TEST_DOCUMENTS, 'scopes/test.yaml': scope }, ['scope-standard-state'], date);

describe('scope-standard-state', () => {
  it.each(['draft', 'warn', 'deprecated'])('leaves a %s scope version alone', async (state) => {
    expect(await lint(versions(state))).toEqual([]);
  });

  it('warns about a Deprecated and a Draft standard in an effective scope version', async () => {
    expect(await lint(versions('effective'))).toEqual([
      'scopes/test.yaml:19:28 warning Unexpected Deprecated document `scs-0101-v1-entropy.md` in version `v1`, effective on 2026-11-27, expected a standard in force',
      'scopes/test.yaml:19:41 warning Unexpected Draft document `scs-0102-v1-images.md` in version `v1`, effective on 2026-11-27, expected a standard in force',
    ]);
  });

  it('judges the standard on the lint date: before its deprecation day it is still in force', async () => {
    expect(await lint(versions('effective'), '2025-05-31')).toEqual([
      'scopes/test.yaml:19:41 warning Unexpected Draft document `scs-0102-v1-images.md` in version `v1`, effective on 2025-05-31, expected a standard in force',
    ]);
  });
});
