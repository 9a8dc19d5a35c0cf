import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../parse/load-corpus.js';
import type { Registry } from '../model/registry.js';
import { buildApiFiles, type StandardDetail, type StandardsIndex } from './api-json.js';

const CORPUS = 'tests/fixtures/export-corpus';
const DATE = '2025-06-01';
const SITE = 'https://standards.example.org/';

let registry: Registry;
beforeAll(async () => {
  registry = (await loadCorpus(CORPUS)).registry;
});

describe('buildApiFiles', () => {
  it('writes one index and one file per standard', () => {
    expect(buildApiFiles(registry, DATE, SITE).map((file) => file.path)).toEqual([
      '/api/standards.json',
      '/api/standards/scs-0110.json',
      '/api/standards/scs-0301.json',
    ]);
  });

  it('lists every document but templates, with state, URLs and relations', () => {
    const index = JSON.parse(buildApiFiles(registry, DATE, SITE)[0]!.content) as StandardsIndex;
    expect(index.schemaVersion).toBe(1);
    expect(index.generated).toBe(DATE);
    expect(index.documents.map((d) => [d.id, d.state, d.url, d.statusPageUrl])).toEqual([
      ['scs-0110-v1-disk-names', 'deprecated', '/standards/scs-0110-v1-disk-names', '/standards/iaas/scs-0110'],
      ['scs-0110-v2-disk-names', 'deprecation-scheduled', '/standards/scs-0110-v2-disk-names', '/standards/iaas/scs-0110'],
      ['scs-0110-v3-disk-names', 'draft', '/standards/scs-0110-v3-disk-names', '/standards/iaas/scs-0110'],
      ['scs-0110-w1-disk-names-testing', null, '/standards/scs-0110-w1-disk-names-testing', '/standards/iaas/scs-0110'],
      ['scs-0301-v1-role-names', 'rejected', '/standards/scs-0301-v1-role-names', '/standards/iam/scs-0301'],
      ['scs-xxxx-v1-status-widgets', 'draft', '/standards/scs-xxxx-v1-status-widgets', null],
    ]);
    expect(index.standards).toEqual([
      {
        id: 'scs-0110',
        number: '0110',
        track: 'IaaS',
        title: 'Disk Names',
        statusPageUrl: '/standards/iaas/scs-0110',
        apiUrl: '/api/standards/scs-0110.json',
        currentVersion: 'scs-0110-v2-disk-names',
        versions: ['scs-0110-v1-disk-names', 'scs-0110-v2-disk-names', 'scs-0110-v3-disk-names'],
        supplements: ['scs-0110-w1-disk-names-testing'],
      },
      {
        id: 'scs-0301',
        number: '0301',
        track: 'IAM',
        title: 'Role <Names> & "Quotes"',
        statusPageUrl: '/standards/iam/scs-0301',
        apiUrl: '/api/standards/scs-0301.json',
        currentVersion: 'scs-0301-v1-role-names',
        versions: ['scs-0301-v1-role-names'],
        supplements: [],
      },
    ]);
  });

  it('gives each standard its versions and supplements as full records', () => {
    const detail = JSON.parse(buildApiFiles(registry, DATE, SITE)[1]!.content) as StandardDetail;
    expect(detail.currentVersion).toBe('scs-0110-v2-disk-names');
    expect(detail.versions[1]).toEqual({
      id: 'scs-0110-v2-disk-names',
      fileName: 'scs-0110-v2-disk-names.md',
      kind: 'document',
      number: '0110',
      version: 2,
      title: 'Disk Names',
      description: 'How volume disks are named, with encryption.',
      type: 'Standard',
      status: 'Stable',
      track: 'IaaS',
      state: 'deprecation-scheduled',
      stateLabel: 'Deprecation scheduled',
      stabilizedAt: '2024-12-31',
      deprecatedAt: '2026-01-31',
      rejectedAt: null,
      replaces: ['scs-0110-v1-disk-names.md'],
      replacedBy: [],
      supplements: [],
      supplementedBy: ['scs-0110-w1-disk-names-testing.md'],
      authors: ['IaaS team'],
      url: '/standards/scs-0110-v2-disk-names',
      statusPageUrl: '/standards/iaas/scs-0110',
      sourcePath: 'scs-0110-v2-disk-names.md',
    });
    expect(detail.supplements.map((s) => s.supplements)).toEqual([['scs-0110-v2-disk-names.md']]);
  });

  it('computes states at the build date: after 2026-01-31 the draft is the newest and v2 is deprecated', () => {
    const later = JSON.parse(buildApiFiles(registry, '2026-02-01', SITE)[1]!.content) as StandardDetail;
    expect(later.versions.map((v) => v.state)).toEqual(['deprecated', 'deprecated', 'draft']);
    expect(later.currentVersion).toBe('scs-0110-v3-disk-names');
  });
});
