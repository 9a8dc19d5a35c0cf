import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const text = documentText(standardFields());
const lint = (fileNames: string[]) => lintFixture(Object.fromEntries(fileNames.map((name) => [name, text])), { rules: ['unique-version'] });

describe('unique-version', () => {
  it.each([
    [['scs-0100-v1-a.md', 'scs-0100-v2-a.md', 'scs-0101-v1-a.md']],
    // A supplement w1 and a version v1 are different things.
    [['scs-0100-v1-a.md', 'scs-0100-w1-a.md']],
    // Proposals and templates have no number yet.
    [['scs-xxxx-v1-one.md', 'scs-xxxx-v1-two.md', 'scs-XXXX-v1-a.md', 'scs-XXXX-v1-b.md']],
  ])('accepts %o', async (fileNames) => {
    expect(await lint(fileNames)).toEqual([]);
  });

  it('reports every file of a duplicated version', async () => {
    expect(await lint(['scs-0100-v2-flavor-naming.md', 'scs-0100-v2-flavour-naming.md', 'scs-0100-v1-a.md'])).toEqual([
      'scs-0100-v2-flavor-naming.md:1:1 error Unexpected second file for `scs-0100-v2`, expected one file per version (also in `scs-0100-v2-flavour-naming.md`)',
      'scs-0100-v2-flavour-naming.md:1:1 error Unexpected second file for `scs-0100-v2`, expected one file per version (also in `scs-0100-v2-flavor-naming.md`)',
    ]);
  });

  it('reports duplicated supplements', async () => {
    expect(await lint(['scs-0100-w1-a.md', 'scs-0100-w1-b.md'])).toEqual([
      'scs-0100-w1-a.md:1:1 error Unexpected second file for `scs-0100-w1`, expected one file per version (also in `scs-0100-w1-b.md`)',
      'scs-0100-w1-b.md:1:1 error Unexpected second file for `scs-0100-w1`, expected one file per version (also in `scs-0100-w1-a.md`)',
    ]);
  });
});
