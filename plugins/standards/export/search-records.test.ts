import { beforeAll, describe, expect, it } from 'vitest';
import type { Registry } from '../model/registry.js';
import { loadCorpus } from '../parse/load-corpus.js';
import { parseDocumentFile } from '../parse/document.js';
import { buildSections } from './sections.js';
import { buildSearchRecords, MAX_CONTENT_CHARS } from './search-records.js';

const DATE = '2025-06-01';
const SITE = 'https://standards.example.org';

let registry: Registry;
beforeAll(async () => {
  registry = (await loadCorpus('tests/fixtures/export-corpus')).registry;
});

describe('buildSearchRecords', () => {
  it('makes one record per document and per level-2 or level-3 section; templates are left out', () => {
    const ids = buildSearchRecords(registry, DATE, SITE).map((record) => record.objectID);
    expect(ids.filter((id) => id.startsWith('scs-0110-v2'))).toEqual([
      'scs-0110-v2-disk-names',
      'scs-0110-v2-disk-names#introduction',
      'scs-0110-v2-disk-names#motivation',
      'scs-0110-v2-disk-names#encryption-marker',
      'scs-0110-v2-disk-names#conformance-tests',
    ]);
    expect(ids.some((id) => id.includes('template'))).toBe(false);
    expect(ids).toHaveLength(new Set(ids).size);
  });

  it('carries the hierarchy, the facets and the section text', () => {
    const record = buildSearchRecords(registry, DATE, SITE).find((r) => r.objectID === 'scs-0110-v2-disk-names#encryption-marker');
    expect(record).toEqual({
      objectID: 'scs-0110-v2-disk-names#encryption-marker',
      url: 'https://standards.example.org/standards/scs-0110-v2-disk-names#encryption-marker',
      url_without_anchor: 'https://standards.example.org/standards/scs-0110-v2-disk-names',
      anchor: 'encryption-marker',
      type: 'lvl3',
      hierarchy: {
        lvl0: 'IaaS',
        lvl1: 'Disk Names (scs-0110-v2-disk-names)',
        lvl2: 'Motivation',
        lvl3: 'Encryption marker',
        lvl4: null,
        lvl5: null,
        lvl6: null,
      },
      content: 'The suffix -enc marks an encrypted disk; the word zirconium appears only here.',
      documentId: 'scs-0110-v2-disk-names',
      standardId: 'scs-0110',
      shortId: 'scs-0110-v2',
      version: 2,
      stateRank: 1,
      track: 'IaaS',
      documentType: 'Standard',
      status: 'Stable',
      state: 'Deprecation scheduled',
    });
  });

  it('ranks the versions of a standard by their state on the day of the push, and names each by its short id', () => {
    const documents = (date: string) =>
      buildSearchRecords(registry, date, SITE)
        .filter((record) => record.type === 'lvl1' && record.standardId === 'scs-0110')
        .map((record) => `${record.shortId} ${record.version ?? '-'} ${record.state ?? 'Supplement'} ${record.stateRank}`);
    expect(documents(DATE)).toEqual(['scs-0110-v1 1 Deprecated 4', 'scs-0110-v2 2 Deprecation scheduled 1', 'scs-0110-v3 3 Draft 3', 'scs-0110-w1 - Supplement 6']);
    // A push after v2's deprecation date ranks it as deprecated.
    expect(documents('2026-02-01')[1]).toBe('scs-0110-v2 2 Deprecated 4');
  });

  it('gives the document record its description and a proposal no standard id', () => {
    const records = buildSearchRecords(registry, DATE, SITE);
    const proposal = records.find((r) => r.objectID === 'scs-xxxx-v1-status-widgets')!;
    expect([proposal.type, proposal.standardId, proposal.state, proposal.content]).toEqual(['lvl1', null, 'Draft', null]);
    const supplement = records.find((r) => r.objectID === 'scs-0110-w1-disk-names-testing#testing')!;
    expect([supplement.documentType, supplement.status, supplement.state, supplement.content]).toEqual(['Supplement', null, null, 'Run check-disks <cloud> against the cloud.']);
  });
});

describe('buildSections', () => {
  const sectionsOf = (body: string) => buildSections(parseDocumentFile('scs-0100-v1-x.md', `---\ntitle: X\n---\n${body}`).document!);

  it.each([
    ['Lead text.\n\n## One\n\nA *b* `c`.\n\n## One\n\nAgain.', { lead: 'Lead text.', sections: [['One', 'one', 'A b c.'], ['One', 'one-1', 'Again.']] }],
    ['## Raw <b>HTML</b>\n\n<div onclick="x()">hidden</div>\n\nshown', { lead: '', sections: [['Raw HTML', 'raw-html', 'shown']] }],
    ['## Code\n\n```sh\nopenstack flavor list\n```\n\n#### Deep\n\ntext', { lead: '', sections: [['Code', 'code', 'openstack flavor list Deep text']] }],
    ['## Custom {#my-id}\n\n- one\n- two', { lead: '', sections: [['Custom', 'my-id', 'one two']] }],
    // An unclosed raw-text element hides nothing from the index (markdown/unclosed-html.ts).
    ['## A\n\n<style>\n\n## B\n\nafter style\n\n<!-- open comment\n\n## C\n\nafter comment', { lead: '', sections: [['A', 'a', ''], ['B', 'b', 'after style open comment'], ['C', 'c', 'after comment']] }],
    ['<noscript>\n\n## D\n\nafter noscript', { lead: '', sections: [['D', 'd', 'after noscript']] }],
  ])('%j', (body, expected) => {
    const { lead, sections } = sectionsOf(body);
    expect({ lead, sections: sections.map((s) => [s.heading, s.anchor, s.text]) }).toEqual(expected);
  });

  it('cuts long sections to the record limit', () => {
    const long = parseDocumentFile('scs-0100-v1-x.md', `---\ntitle: X\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n## Long\n\n${'word '.repeat(2000)}`).document!;
    const records = buildSearchRecords({ ...registry, documents: [long] }, DATE, SITE);
    expect(records[1]!.content).toHaveLength(MAX_CONTENT_CHARS);
    expect(records[1]!.content!.endsWith('…')).toBe(true);
  });
});
