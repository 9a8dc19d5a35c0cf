import { describe, expect, it } from 'vitest';
import type { StandardDocument } from './document.js';
import { buildRegistry } from './registry.js';
import { versionInForceAfter } from './replacement.js';

const DATE = '2025-06-01';
function doc(fileName: string, fields: Partial<StandardDocument> = {}): StandardDocument {
  const [, number = '', version = '1'] = /^scs-(\d{4})-v(\d+)-/.exec(fileName) ?? [];
  return {
    path: fileName,
    fileName,
    id: fileName.replace(/\.md$/, ''),
    kind: 'document',
    number,
    version: Number(version),
    slug: 'x',
    title: fileName,
    type: 'Standard',
    status: 'Stable',
    track: 'IaaS',
    description: null,
    stabilizedAt: '2020-01-01',
    deprecatedAt: null,
    rejectedAt: null,
    replaces: [],
    replacedBy: [],
    supplements: [],
    authors: [],
    fieldSpans: {},
    body: '',
    bodyLine: 1,
    ...fields,
  };
}
const deprecated = (fileName: string, fields: Partial<StandardDocument> = {}) => doc(fileName, { status: 'Deprecated', deprecatedAt: '2024-01-01', ...fields });
const target = (documents: StandardDocument[], from: string) => {
  const registry = buildRegistry(documents);
  return versionInForceAfter(registry, registry.byFileName.get(from)!, DATE)?.fileName ?? null;
};

describe('versionInForceAfter', () => {
  it('follows replaced_by past a successor that is itself deprecated', () => {
    const documents = [
      deprecated('scs-0100-v1-a.md', { replacedBy: ['scs-0100-v2-a.md'] }),
      deprecated('scs-0100-v2-a.md', { replacedBy: ['scs-0100-v3-a.md'], replaces: ['scs-0100-v1-a.md'] }),
      doc('scs-0100-v3-a.md', { replaces: ['scs-0100-v2-a.md'] }),
    ];
    expect(target(documents, 'scs-0100-v1-a.md')).toBe('scs-0100-v3-a.md');
  });

  it('finds the successor from its `replaces` when `replaced_by` is missing, across standards too', () => {
    const documents = [deprecated('scs-0100-v1-a.md'), doc('scs-0123-v1-b.md', { replaces: ['scs-0100-v1-a.md'] })];
    expect(target(documents, 'scs-0100-v1-a.md')).toBe('scs-0123-v1-b.md');
  });

  it('falls back to the version order of the standard when no document names a successor', () => {
    const documents = [deprecated('scs-0100-v1-a.md'), deprecated('scs-0100-v2-a.md'), doc('scs-0100-v3-a.md'), doc('scs-0100-v4-a.md', { status: 'Draft' })];
    expect(target(documents, 'scs-0100-v1-a.md')).toBe('scs-0100-v3-a.md');
  });

  it('leads a rejected version to the version in force', () => {
    const documents = [doc('scs-0100-v1-a.md'), doc('scs-0100-v2-a.md', { status: 'Rejected', rejectedAt: '2024-01-01' })];
    expect(target(documents, 'scs-0100-v2-a.md')).toBe('scs-0100-v1-a.md');
    const proposal = { ...doc('scs-0101-v1-b.md', { status: 'Rejected', rejectedAt: '2024-01-01' }) };
    expect(target([proposal], 'scs-0101-v1-b.md')).toBeNull();
  });

  it('gives nothing for a version in force, and stops on a cycle of deprecated versions', () => {
    expect(target([doc('scs-0100-v1-a.md')], 'scs-0100-v1-a.md')).toBeNull();
    const cycle = [deprecated('scs-0100-v1-a.md', { replacedBy: ['scs-0100-v2-a.md'] }), deprecated('scs-0100-v2-a.md', { replacedBy: ['scs-0100-v1-a.md'] })];
    expect(target(cycle, 'scs-0100-v1-a.md')).toBeNull();
  });
});
