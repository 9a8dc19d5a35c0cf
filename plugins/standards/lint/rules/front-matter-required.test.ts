import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const lint = (overrides: Record<string, string | null | undefined>, fileName = 'scs-0100-v1-a.md') =>
  lintFixture({ [fileName]: documentText(standardFields(overrides)) }, { rules: ['front-matter-required'] });

describe('front-matter-required', () => {
  it.each([{}, { type: 'Supplement', status: null, stabilized_at: null }, { description: null }])('accepts %o', async (overrides) => {
    expect(await lint(overrides)).toEqual([]);
  });

  it('skips templates', async () => {
    expect(await lint({ title: null }, 'scs-XXXX-v1-template.md')).toEqual([]);
  });

  it.each([
    [{ title: null }, '1:1', 'Missing `title`, expected it in the front matter'],
    [{ type: null }, '1:1', 'Missing `type`, expected it in the front matter'],
    [{ track: null }, '1:1', 'Missing `track`, expected it in the front matter'],
    [{ status: null }, '1:1', 'Missing `status`, expected one for a Standard'],
    [
      { type: 'Supplement' },
      '4:1',
      'Unexpected `status` on a Supplement, expected none: a supplement follows the lifecycle of the documents it supplements',
    ],
  ])('reports %o', async (overrides, position, message) => {
    expect(await lint(overrides)).toEqual([`scs-0100-v1-a.md:${position} error ${message}`]);
  });
});
