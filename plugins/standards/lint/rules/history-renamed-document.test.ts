import { describe, expect, it } from 'vitest';
import { lintAgainstBase } from '../../history/testing.js';
import { documentText, standardFields } from '../testing.js';

const doc = documentText(standardFields());
const draft = documentText(standardFields({ status: 'Draft', stabilized_at: null }));
const lint = (base: Record<string, string>, now: Record<string, string>) => lintAgainstBase(base, now, { rules: ['history-renamed-document'] });

describe('history-renamed-document', () => {
  it.each([
    ['an unchanged corpus', { 'scs-0100-v1-a.md': doc }, { 'scs-0100-v1-a.md': doc }],
    ['a new version next to the old one', { 'scs-0100-v1-a.md': doc }, { 'scs-0100-v1-a.md': doc, 'scs-0100-v2-a.md': draft }],
    ['a proposal that gets its number', { 'scs-xxxx-v1-dns.md': draft }, { 'scs-0101-v1-dns.md': draft }],
    ['a proposal withdrawn', { 'scs-xxxx-v1-dns.md': draft }, {}],
  ])('accepts %s', async (_, base, now) => {
    expect(await lint(base, now)).toEqual([]);
  });

  it('reports a numbered document under a new slug, at the new file', async () => {
    expect(await lint({ 'scs-0100-v1-a.md': doc }, { 'scs-0100-v1-b.md': doc })).toEqual([
      'scs-0100-v1-b.md:1:1 error Unexpected rename of `scs-0100-v1-a.md` to `scs-0100-v1-b.md`, expected a numbered document to keep its file name',
    ]);
  });

  it('reports a deleted numbered document or supplement at its old path', async () => {
    const supplement = documentText(['title: S', 'type: Supplement', 'track: IaaS', 'supplements: [scs-0100-v1-a.md]']);
    expect(await lint({ 'scs-0100-v1-a.md': doc, 'scs-0100-v2-a.md': doc, 'scs-0100-w1-s.md': supplement }, { 'scs-0100-v1-a.md': doc })).toEqual([
      'scs-0100-v2-a.md:1:1 error Unexpected deletion of `scs-0100-v2-a.md` (present in main), expected it to stay and be deprecated or rejected instead',
      'scs-0100-w1-s.md:1:1 error Unexpected deletion of `scs-0100-w1-s.md` (present in main), expected it to stay and be deprecated or rejected instead',
    ]);
  });
});
