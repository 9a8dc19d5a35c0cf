import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const doc = (overrides: Record<string, string | null | undefined> = {}) => documentText(standardFields(overrides));
const lint = (files: Record<string, string>) => lintFixture(files, { rules: ['replaces-predecessor'] });

describe('replaces-predecessor', () => {
  it('accepts a chain where each version names the one before', async () => {
    expect(
      await lint({
        'scs-0100-v1-a.md': doc(),
        'scs-0100-v2-a.md': doc({ replaces: '[scs-0100-v1-a.md]' }),
        'scs-0100-v3-b.md': doc({ replaces: '[scs-0100-v2-a.md, scs-0100-v1-a.md]' }),
      }),
    ).toEqual([]);
  });

  it('accepts a first version, a supplement and a proposal without `replaces`', async () => {
    expect(await lint({ 'scs-0100-v1-a.md': doc(), 'scs-0100-w2-a.md': doc(), 'scs-xxxx-v2-a.md': doc() })).toEqual([]);
  });

  it('reports a version that does not name its predecessor', async () => {
    expect(await lint({ 'scs-0100-v1-a.md': doc(), 'scs-0100-v2-a.md': doc() })).toEqual([
      'scs-0100-v2-a.md:1:1 error Missing `scs-0100-v1-a.md` in `replaces`, expected v2 to name its predecessor',
    ]);
  });

  it('reports `replaces` that skips the predecessor, on the field', async () => {
    expect(
      await lint({ 'scs-0100-v1-a.md': doc(), 'scs-0100-v2-a.md': doc({ replaces: '[scs-0100-v1-a.md]' }), 'scs-0100-v3-a.md': doc({ replaces: '[scs-0100-v1-a.md]' }) }),
    ).toEqual(['scs-0100-v3-a.md:7:1 error Missing `scs-0100-v2-a.md` in `replaces`, expected v3 to name its predecessor']);
  });

  it('reports a gap in the version numbers', async () => {
    expect(await lint({ 'scs-0100-v1-a.md': doc(), 'scs-0100-v3-a.md': doc({ replaces: '[scs-0100-v1-a.md]' }) })).toEqual([
      'scs-0100-v3-a.md:1:1 error Unexpected v3 of `scs-0100` without a v2, expected versions numbered without gaps',
    ]);
  });
});
