import { describe, expect, it } from 'vitest';
import { lintScopeFixture, scopeText, SCOPE_TEST_DOCUMENTS } from '../scope-testing.js';

const lint = (scope: string) => lintScopeFixture({ ...SCOPE_TEST_DOCUMENTS, 'scopes/test.yaml': scope }, ['scope-timeline']);
const versions = '  - version: v1\n    include: []\n  - version: v2\n    include: []';

describe('scope-timeline', () => {
  it('accepts every state, entries in any order and versions the timeline leaves out', async () => {
    const timeline = '  - date: 2026-01-01\n    versions: {v2: effective, v1: warn}\n  - date: 2025-01-01\n    versions: {v1: effective, v2: draft}\n  - date: 2027-01-01\n    versions: {v2: deprecated}';
    expect(await lint(scopeText({ versions, timeline }))).toEqual([]);
  });

  it.each([
    [{ versions, timeline: '  - date: 2025-01-01\n    versions: {v1: active}' }, '22:20 error Unexpected text `active` for version `v1` on 2025-01-01, expected one of `draft`, `effective`, `warn` or `deprecated`'],
    [{ versions, timeline: '  - date: 2025-01-01\n    versions: {v1: effective, v3: draft}' }, "22:31 error Unexpected version `v3` in the timeline on 2025-01-01, expected one of the scope's versions (`v1`, `v2`)"],
  ])('reports %o', async (parts, expected) => {
    expect(await lint(scopeText(parts))).toEqual([`scopes/test.yaml:${expected}`]);
  });
});
