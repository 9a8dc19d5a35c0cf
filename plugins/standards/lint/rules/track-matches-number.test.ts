import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const lint = (fileName: string, track: string | null) =>
  lintFixture({ [fileName]: documentText(standardFields({ track })) }, { rules: ['track-matches-number'] });

describe('track-matches-number', () => {
  it.each([
    ['scs-0001-v1-a.md', 'Global'],
    ['scs-0100-v1-a.md', 'IaaS'],
    ['scs-0210-v2-a.md', 'KaaS'],
    ['scs-0301-w1-a.md', 'IAM'],
    ['scs-0401-v1-a.md', 'Ops'],
    ['scs-0501-v1-a.md', 'Scopes'],
    // Without a number there is nothing to match; a missing or invalid track is another rule's.
    ['scs-xxxx-v1-a.md', 'KaaS'],
    ['scs-0100-v1-a.md', null],
    ['scs-0100-v1-a.md', 'iaas'],
  ])('accepts %s with track %s', async (fileName, track) => {
    expect(await lint(fileName, track)).toEqual([]);
  });

  it.each([
    ['scs-0100-v1-a.md', 'KaaS', 'scs-0100-v1-a.md:5:1 error Unexpected track `KaaS` for `scs-0100`, expected `IaaS` (its second digit is 1)'],
    ['scs-0214-w1-a.md', 'Global', 'scs-0214-w1-a.md:5:1 error Unexpected track `Global` for `scs-0214`, expected `KaaS` (its second digit is 2)'],
    [
      'scs-0700-v1-a.md',
      'Ops',
      'scs-0700-v1-a.md:5:1 error Unexpected track digit `7` in `0700`, expected one of 0 (Global), 1 (IaaS), 2 (KaaS), 3 (IAM), 4 (Ops), 5 (Scopes)',
    ],
  ])('reports %s with track %s', async (fileName, track, expected) => {
    expect(await lint(fileName, track)).toEqual([expected]);
  });
});
