import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const text = documentText(standardFields());
const lint = (fileName: string) => lintFixture({ [fileName]: text }, { rules: ['file-name'] });

describe('file-name', () => {
  it.each(['scs-0100-v1-flavor-naming.md', 'scs-0100-w2-flavor-naming-testing.md', 'scs-xxxx-v1-new-idea.md', 'scs-XXXX-v1-standard-template.md', 'scs-XXXX-vN-standard-template.md', 'scs-0412-v10-x2.md'])(
    'accepts %s',
    async (fileName) => {
      expect(await lint(fileName)).toEqual([]);
    },
  );

  it.each([
    ['scs-100-v1-flavor-naming.md', 'Unexpected number `100`, expected four digits zero-padded, e.g. `0100`'],
    ['scs-01x0-v1-flavor-naming.md', 'Unexpected number `01x0`, expected four digits (or `xxxx` for a proposal)'],
    ['scs-0100-v0-flavor-naming.md', 'Unexpected version `v0`, expected `v` followed by a whole number from 1, e.g. `v1`'],
    ['scs-0100-v01-flavor-naming.md', 'Unexpected version `v01`, expected `v` followed by a whole number from 1, e.g. `v1`'],
    ['scs-0100-flavor-naming.md', 'Unexpected file name `scs-0100-flavor-naming.md`, expected `scs-NNNN-vN-slug.md` as in `scs-0100-v3-flavor-naming.md`'],
    ['scs-0100-v1-flavor--naming.md', 'Unexpected slug `flavor--naming`, expected lowercase ASCII words joined by single hyphens, e.g. `flavor-naming`'],
    ['scs-0100-v1--flavor.md', 'Unexpected slug `-flavor`, expected lowercase ASCII words joined by single hyphens, e.g. `flavor`'],
    ['scs-0100-v1-Flavor-Naming.md', 'Unexpected uppercase letter in file name `scs-0100-v1-Flavor-Naming.md`, expected `scs-0100-v1-flavor-naming.md`'],
    [
      'scs-0100-v1-größe.md',
      'Unexpected non-ASCII character in file name `scs-0100-v1-größe.md`, expected only lowercase ASCII letters, digits and hyphens, as in `scs-0100-v3-flavor-naming.md`',
    ],
    ['scs-xxxx-w1-idea.md', 'Unexpected supplement number `xxxx`, expected a supplement to name the number of the standard it supplements'],
  ])('reports %s', async (fileName, message) => {
    expect(await lint(fileName)).toEqual([`${fileName}:1:1 error ${message}`]);
  });
});
