import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const doc = (overrides: Record<string, string | null | undefined> = {}) => documentText(standardFields(overrides));
const supplement = (overrides: Record<string, string | null | undefined> = {}) => doc({ type: 'Supplement', status: null, stabilized_at: null, ...overrides });
const lint = (files: Record<string, string>) => lintFixture(files, { rules: ['reference-exists'] });

const base = {
  'scs-0100-v1-a.md': doc({ status: 'Deprecated', deprecated_at: '2025-01-01', replaced_by: '[scs-0100-v2-a.md]' }),
  'scs-0100-v2-a.md': doc({ replaces: '[scs-0100-v1-a.md]' }),
  'scs-0100-w1-a.md': supplement({ supplements: '[scs-0100-v1-a.md, scs-0100-v2-a.md]' }),
  'scs-XXXX-v1-template.md': doc(),
};

describe('reference-exists', () => {
  it('accepts references to existing documents of the right kind', async () => {
    expect(await lint(base)).toEqual([]);
  });

  it('accepts a version replacing another standard and a supplement replacing a supplement', async () => {
    expect(
      await lint({
        ...base,
        'scs-0114-v1-b.md': doc({ replaces: '[scs-0100-v1-a.md]' }),
        'scs-0100-w2-a.md': supplement({ supplements: '[scs-0100-v2-a.md]', replaces: '[scs-0100-w1-a.md]' }),
      }),
    ).toEqual([]);
  });

  it.each([
    [
      { replaces: '[scs-0100-v1-a]' },
      '7:1 error Unexpected `replaces` entry `scs-0100-v1-a`, expected the file name of an existing document (did you mean `scs-0100-v1-a.md`?)',
    ],
    [
      { replaces: '[scs-0100-v1-b.md]' },
      '7:1 error Unexpected `replaces` entry `scs-0100-v1-b.md`, expected the file name of an existing document (did you mean `scs-0100-v1-a.md`?)',
    ],
    [{ replaces: '[scs-0999-v1-nothing-like-it.md]' }, '7:1 error Unexpected `replaces` entry `scs-0999-v1-nothing-like-it.md`, expected the file name of an existing document'],
    [{ replaces: '[scs-0100-v3-b.md]' }, '7:1 error Unexpected `replaces` entry naming this document itself, expected another document'],
    [{ replaces: '[scs-XXXX-v1-template.md]' }, '7:1 error Unexpected template `scs-XXXX-v1-template.md` in `replaces`, expected a document'],
    [{ replaces: '[scs-0100-w1-a.md]' }, '7:1 error Unexpected supplement `scs-0100-w1-a.md` in `replaces`, expected a document version (vN)'],
    [
      { supplements: '[scs-0100-v2-a.md]' },
      '7:1 error Unexpected `supplements` entry `scs-0100-v2-a.md` in a document, expected `supplements` only in a supplement (scs-NNNN-wN-…)',
    ],
  ])('reports %o in a version', async (overrides, expected) => {
    expect(await lint({ ...base, 'scs-0100-v3-b.md': doc(overrides) })).toEqual([`scs-0100-v3-b.md:${expected}`]);
  });

  it('never suggests the referring document itself', async () => {
    // `scs-0100-v3-b.md` is one edit away from the misspelt name, but a document cannot replace itself.
    expect(await lint({ ...base, 'scs-0100-v3-b.md': doc({ replaces: '[scs-0100-v4-b.md]' }) })).toEqual([
      'scs-0100-v3-b.md:7:1 error Unexpected `replaces` entry `scs-0100-v4-b.md`, expected the file name of an existing document (did you mean `scs-0100-v1-a.md`?)',
    ]);
    expect(await lint({ 'scs-0100-v3-b.md': doc({ replaces: '[scs-0100-v3-b]' }) })).toEqual([
      'scs-0100-v3-b.md:7:1 error Unexpected `replaces` entry `scs-0100-v3-b`, expected the file name of an existing document',
    ]);
  });

  it('follows a reference written as a single string', async () => {
    expect(await lint({ ...base, 'scs-0100-v3-b.md': doc({ replaces: 'scs-0100-v2-b.md' }) })).toEqual([
      'scs-0100-v3-b.md:7:1 error Unexpected `replaces` entry `scs-0100-v2-b.md`, expected the file name of an existing document (did you mean `scs-0100-v2-a.md`?)',
    ]);
  });

  it.each([
    [{ supplements: '[scs-0100-w1-a.md]' }, '5:1 error Unexpected supplement `scs-0100-w1-a.md` in `supplements`, expected a document version (vN), not another supplement'],
    [{ supplements: '[scs-0100-v9-a.md]' }, '5:1 error Unexpected `supplements` entry `scs-0100-v9-a.md`, expected the file name of an existing document (did you mean `scs-0100-v1-a.md`?)'],
    [{ supplements: '[scs-0100-v1-a.md]', replaces: '[scs-0100-v1-a.md]' }, '6:1 error Unexpected document `scs-0100-v1-a.md` in `replaces`, expected another supplement (wN)'],
  ])('reports %o in a supplement', async (overrides, expected) => {
    expect(await lint({ ...base, 'scs-0100-w2-b.md': supplement(overrides) })).toEqual([`scs-0100-w2-b.md:${expected}`]);
  });
});
