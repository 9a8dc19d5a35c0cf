import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../parse/load-corpus.js';
import type { StandardDocument } from '../model/document.js';
import { lifecycleStateAt } from '../model/lifecycle.js';
import { bannerText, toBannerProp, toDocumentPageProp } from './document-props.js';
import type { DocLink } from './links.js';

const FIXTURE = path.resolve(__dirname, '../../../tests/fixtures/portal-corpus');
const DATE = '2025-01-15';

const link = (label: string): DocLink => ({ id: `${label}-x`, label, title: 'X', url: `/standards/${label}-x`, state: null, stateLabel: null, dates: null });

type Fields = Pick<StandardDocument, 'kind' | 'type' | 'status' | 'stabilizedAt' | 'deprecatedAt' | 'rejectedAt'>;
const base: Fields = { kind: 'document', type: 'Standard', status: 'Stable', stabilizedAt: null, deprecatedAt: null, rejectedAt: null };

describe('toBannerProp: the lifecycle in words, for every state', () => {
  const cases: Array<[string, Partial<Fields>, DocLink[], DocLink[], string, string]> = [
    ['draft', { status: 'Draft' }, [], [], 'Draft', 'Draft: work in progress and not normative.'],
    ['effective from a future date', { stabilizedAt: '2025-03-01' }, [], [], 'Effective soon', 'Stable, effective from 2025-03-01. Until then it is not normative.'],
    ['effective', { stabilizedAt: '2023-06-14' }, [], [], 'Effective', 'Effective since 2023-06-14: this version is in force.'],
    [
      'deprecated from a future date, replaced',
      { stabilizedAt: '2023-06-14', deprecatedAt: '2025-06-30' },
      [link('scs-0100-v4')],
      [],
      'Deprecation scheduled',
      'Effective since 2023-06-14; deprecated from 2025-06-30 and replaced by scs-0100-v4.',
    ],
    [
      'deprecated, replaced by two',
      { status: 'Deprecated', stabilizedAt: '2022-01-01', deprecatedAt: '2024-11-30' },
      [link('scs-0100-v3'), link('scs-0100-v4')],
      [],
      'Deprecated',
      'Deprecated since 2024-11-30 and replaced by scs-0100-v3 and scs-0100-v4. It is no longer in force.',
    ],
    ['deprecated, no replacement', { status: 'Deprecated', deprecatedAt: '2024-11-30' }, [], [], 'Deprecated', 'Deprecated since 2024-11-30. It is no longer in force.'],
    ['rejected', { status: 'Rejected', rejectedAt: '2024-09-12' }, [], [], 'Rejected', 'Rejected on 2024-09-12: this proposal was turned down and is not normative.'],
    [
      'supplement',
      { kind: 'supplement', type: 'Supplement', status: null },
      [],
      [link('scs-0100-v2'), link('scs-0100-v3'), link('scs-0100-v4')],
      'Supplement',
      'Supplement to scs-0100-v2, scs-0100-v3 and scs-0100-v4: guidance that is not normative on its own.',
    ],
    ['no valid status', { status: null }, [], [], 'Unknown status', 'Status unknown: the front matter gives no valid status, so this document is not normative.'],
  ];
  it.each(cases)('%s', (_name, fields, replacedBy, supplements, label, text) => {
    const document = { ...base, ...fields };
    const banner = toBannerProp(document, lifecycleStateAt(document, DATE), replacedBy, supplements);
    expect(banner.label).toBe(label);
    expect(bannerText(banner)).toBe(text);
  });

  it('keeps links as links, so the page can render them', () => {
    const document = { ...base, status: 'Deprecated' as const, deprecatedAt: '2024-11-30' };
    const banner = toBannerProp(document, 'deprecated', [link('scs-0100-v3')], []);
    expect(banner.message).toEqual([{ text: 'Deprecated since 2024-11-30' }, { text: ' and replaced by ' }, { link: link('scs-0100-v3') }, { text: '. It is no longer in force.' }]);
    expect(banner.normative).toBe(false);
  });

  it('sends the reader on to the version in force when the named replacement is not it, or none is named', () => {
    const document = { ...base, status: 'Deprecated' as const, deprecatedAt: '2024-11-30' };
    expect(bannerText(toBannerProp(document, 'deprecated', [link('scs-0100-v2')], [], link('scs-0100-v3')))).toBe(
      'Deprecated since 2024-11-30 and replaced by scs-0100-v2. It is no longer in force. The version in force is scs-0100-v3.',
    );
    expect(bannerText(toBannerProp(document, 'deprecated', [], [], link('scs-0100-v3')))).toBe(
      'Deprecated since 2024-11-30. It is no longer in force. The version in force is scs-0100-v3.',
    );
    expect(bannerText(toBannerProp(document, 'deprecated', [link('scs-0100-v3')], [], link('scs-0100-v3')))).toBe(
      'Deprecated since 2024-11-30 and replaced by scs-0100-v3. It is no longer in force.',
    );
    const rejected = { ...base, status: 'Rejected' as const, rejectedAt: '2024-05-01' };
    expect(bannerText(toBannerProp(rejected, 'rejected', [], [], link('scs-0100-v1')))).toBe(
      'Rejected on 2024-05-01: this proposal was turned down and is not normative. The version in force is scs-0100-v1.',
    );
  });
});

describe('toDocumentPageProp', () => {
  it('links replacements, versions, supplements and the status page of a document', async () => {
    const { registry } = await loadCorpus(FIXTURE);
    const v1 = registry.byFileName.get('scs-0100-v1-flavor-naming.md')!;
    const page = toDocumentPageProp(registry, v1, DATE);
    expect(bannerText(page.banner)).toBe('Deprecated since 2023-10-31 and replaced by scs-0100-v2. It is no longer in force.');
    expect(page.replacedBy.map((doc) => doc.url)).toEqual(['/standards/scs-0100-v2-flavor-naming']);
    expect(page.versions.map((doc) => `${doc.label} ${doc.stateLabel}`)).toEqual(['scs-0100-v1 Deprecated', 'scs-0100-v2 Deprecation scheduled', 'scs-0100-v3 Effective soon']);
    expect(page).toMatchObject({ track: { name: 'IaaS', url: '/standards/iaas' }, standardId: 'scs-0100', statusPage: '/standards/iaas/scs-0100', authors: ['IaaS Team'] });

    const v2 = toDocumentPageProp(registry, registry.byFileName.get('scs-0100-v2-flavor-naming.md')!, DATE);
    expect(v2.supplementedBy.map((doc) => doc.label)).toEqual(['scs-0100-w1']);
    const w1 = toDocumentPageProp(registry, registry.byFileName.get('scs-0100-w1-flavor-naming-notes.md')!, DATE);
    expect(bannerText(w1.banner)).toBe('Supplement to scs-0100-v2 and scs-0100-v3: guidance that is not normative on its own.');
  });

  it('names a reference to a file outside the corpus as text, without a link', async () => {
    const { registry } = await loadCorpus(FIXTURE);
    const v1 = { ...registry.byFileName.get('scs-0100-v1-flavor-naming.md')!, replacedBy: ['scs-0100-v9-missing.md'] };
    expect(toDocumentPageProp(registry, v1, DATE).replacedBy).toEqual([
      { id: 'scs-0100-v9-missing', label: 'scs-0100-v9', title: 'scs-0100-v9-missing', url: null, state: null, stateLabel: null, dates: null },
    ]);
  });

  it('computes states for the given day', async () => {
    const { registry } = await loadCorpus(FIXTURE);
    const v3 = registry.byFileName.get('scs-0100-v3-flavor-naming.md')!;
    expect(toDocumentPageProp(registry, v3, '2029-12-31').stateLabel).toBe('Effective soon');
    expect(toDocumentPageProp(registry, v3, '2030-01-01').stateLabel).toBe('Effective');
  });
});
