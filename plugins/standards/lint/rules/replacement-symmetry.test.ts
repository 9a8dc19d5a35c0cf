import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const doc = (overrides: Record<string, string | null | undefined> = {}) => documentText(standardFields(overrides));
const lint = (files: Record<string, string>) => lintFixture(files, { rules: ['replacement-symmetry'] });
const deprecated = { status: 'Deprecated', deprecated_at: '2025-01-01' };

describe('replacement-symmetry', () => {
  it('accepts a replacement written on both sides', async () => {
    expect(await lint({ 'scs-0100-v1-a.md': doc({ ...deprecated, replaced_by: '[scs-0100-v2-a.md]' }), 'scs-0100-v2-a.md': doc({ replaces: '[scs-0100-v1-a.md]' }) })).toEqual(
      [],
    );
  });

  it('accepts a Stable predecessor that does not yet name its draft successor', async () => {
    expect(await lint({ 'scs-0100-v1-a.md': doc(), 'scs-0100-v2-a.md': doc({ status: 'Draft', replaces: '[scs-0100-v1-a.md]' }) })).toEqual([]);
  });

  it('accepts references to missing files (reference-exists reports those)', async () => {
    expect(await lint({ 'scs-0100-v2-a.md': doc({ replaces: '[scs-0100-v1-a.md]', replaced_by: '[scs-0100-v3-a.md]' }) })).toEqual([]);
  });

  it('warns on the successor when the predecessor names it but it does not name the predecessor', async () => {
    expect(await lint({ 'scs-0100-v1-a.md': doc({ ...deprecated, replaced_by: '[scs-0100-v2-a.md]' }), 'scs-0100-v2-a.md': doc() })).toEqual([
      'scs-0100-v2-a.md:1:1 warning Missing `scs-0100-v1-a.md` in `replaces`, expected it because `scs-0100-v1-a.md` names this document in `replaced_by`',
    ]);
  });

  it('leaves a deprecated predecessor that does not name its successor to replaced-by-required', async () => {
    expect(await lint({ 'scs-0100-v1-a.md': doc(deprecated), 'scs-0100-v2-a.md': doc({ replaces: '[scs-0100-v1-a.md]' }) })).toEqual([]);
  });
});
