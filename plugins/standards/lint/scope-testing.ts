// Test support for the scope rules: a corpus folder with documents and
// `scopes/*.yaml`, linted with only the rules under test; each diagnostic
// comes back as `file:line:column severity message`.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lintCorpus } from './run.js';
import { configFor, documentText, standardFields } from './testing.js';

export async function lintScopeFixture(files: Record<string, string>, rules: readonly string[], date = '2026-11-27'): Promise<string[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'scs-scopes-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, name)), { recursive: true });
      await writeFile(path.join(root, name), content);
    }
    const result = await lintCorpus({ root, config: configFor({ rules }), date, cacheFile: null, parallel: 'off' });
    return result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** A few documents scope fixtures can point at, one per state that matters. */
export const SCOPE_TEST_DOCUMENTS: Record<string, string> = {
  'scs-0100-v3-flavor-naming.md': documentText(standardFields({ stabilized_at: '2024-01-15' })),
  'scs-0100-w1-flavor-naming-testing.md': documentText(standardFields({ type: 'Supplement', status: null, stabilized_at: null, supplements: '[scs-0100-v3-flavor-naming.md]' })),
  'scs-0101-v1-entropy.md': documentText(standardFields({ status: 'Deprecated', deprecated_at: '2025-06-01' })),
  'scs-0102-v1-images.md': documentText(standardFields({ status: 'Draft', stabilized_at: null })),
  'scs-0103-v1-rejected.md': documentText(standardFields({ status: 'Rejected', stabilized_at: null, rejected_at: '2024-05-01' })),
};

/** A valid scope text; pieces replace the modules, scripts, versions or timeline blocks. */
export function scopeText(parts: { modules?: string; scripts?: string; versions?: string; timeline?: string; extra?: string } = {}): string {
  return [
    'uuid: 6a1f3b0c-0000-4000-8000-000000000001',
    'name: Test scope',
    parts.extra ?? '',
    'modules:',
    parts.modules ??
      [
        '  - id: scs-0100-v3',
        '    name: Flavor naming v3',
        '    url: https://docs.scs.community/standards/scs-0100-v3-flavor-naming',
        '    parameters:',
        '      spec: the flavor list',
        '    targets:',
        '      main: [flavor-names]',
      ].join('\n'),
    'scripts:',
    parts.scripts ?? ['  - executable: ./check.py', '    testcases:', '      - id: flavor-names'].join('\n'),
    'versions:',
    parts.versions ?? ['  - version: v1', '    stabilized_at: 2025-01-01', '    include:', '      - ref: scs-0100-v3', '        parameters:', '          spec: x.yaml'].join('\n'),
    'timeline:',
    parts.timeline ?? ['  - date: 2025-01-01', '    versions:', '      v1: effective'].join('\n'),
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
