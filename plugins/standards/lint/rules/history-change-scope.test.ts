import { describe, expect, it } from 'vitest';
import { lintAgainstBase } from '../../history/testing.js';
import { documentText, standardFields } from '../testing.js';

const stable = documentText(standardFields());
const draft = (fields: Record<string, string | null> = {}) => documentText(standardFields({ status: 'Draft', stabilized_at: null, ...fields }));
const supplement = documentText(['title: S', 'type: Supplement', 'track: IaaS', 'supplements: [scs-0100-v2-a.md]']);
const lint = (base: Record<string, string>, now: Record<string, string>) => lintAgainstBase(base, now, { rules: ['history-change-scope'] });

describe('history-change-scope', () => {
  it.each([
    ['one proposal', {}, { 'scs-xxxx-v1-dns.md': draft() }],
    ['one new version with its supplement', { 'scs-0100-v1-a.md': stable }, { 'scs-0100-v1-a.md': stable, 'scs-0100-v2-a.md': draft({ replaces: '[scs-0100-v1-a.md]' }), 'scs-0100-w1-s.md': supplement }],
    ['deprecating v1 once v2 exists', { 'scs-0100-v1-a.md': stable, 'scs-0100-v2-a.md': draft() }, { 'scs-0100-v1-a.md': documentText(standardFields({ status: 'Deprecated', deprecated_at: '2026-01-01' })), 'scs-0100-v2-a.md': stable }],
  ])('accepts %s', async (_, base, now) => {
    expect(await lint(base, now)).toEqual([]);
  });

  it('reports every new document when a change adds more than one', async () => {
    const message =
      'Unexpected 2 new documents in one change (`scs-0101-v1-b.md`, `scs-xxxx-v1-dns.md`), expected one proposal or version per pull request, plus its supplements';
    expect(await lint({}, { 'scs-xxxx-v1-dns.md': draft(), 'scs-0101-v1-b.md': draft() })).toEqual([
      `scs-0101-v1-b.md:1:1 error ${message}`,
      `scs-xxxx-v1-dns.md:1:1 error ${message}`,
    ]);
  });

  it('reports an edit of version N in the change that adds N+1', async () => {
    expect(
      await lint(
        { 'scs-0100-v1-a.md': stable },
        { 'scs-0100-v1-a.md': documentText(standardFields(), '## Introduction\n\nChanged.\n'), 'scs-0100-v2-a.md': draft({ replaces: '[scs-0100-v1-a.md]' }) },
      ),
    ).toEqual([
      'scs-0100-v1-a.md:1:1 error Unexpected edit of `scs-0100-v1-a.md` in the change that adds `scs-0100-v2-a.md`, expected the previous version untouched (deprecate it in a later pull request)',
    ]);
  });
});
