import { describe, expect, it } from 'vitest';
import { parseDocumentFile } from '../parse/document.js';
import { buildSyntheticCorpus } from '../bench/synthetic-corpus.js';
import { buildRegistry, currentVersionOf, namingIndexOf, supplementsOf } from './registry.js';

const doc = (fileName: string, frontMatter: string) => parseDocumentFile(fileName, `---\n${frontMatter}\n---\n`).document!;

describe('buildRegistry', () => {
  const registry = buildRegistry([
    doc('scs-0100-v2-flavor-naming.md', 'title: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2023-02-21\nreplaces: [scs-0100-v1-flavor-naming.md]'),
    doc('scs-0100-v1-flavor-naming.md', 'title: Flavor naming\ntype: Standard\nstatus: Deprecated\ntrack: IaaS\nstabilized_at: 2022-09-08\ndeprecated_at: 2023-10-31\nreplaced_by: [scs-0100-v2-flavor-naming.md]'),
    doc('scs-0100-w1-flavor-naming-tests.md', 'title: Tests\ntype: Supplement\ntrack: IaaS\nsupplements: [scs-0100-v1-flavor-naming.md, scs-0100-v2-flavor-naming.md]'),
    doc('scs-0210-v1-k8s-version-policy.md', 'title: Versions\ntype: Standard\nstatus: Draft\ntrack: KaaS'),
    doc('scs-xxxx-v1-dns-zone-naming.md', 'title: DNS\ntype: Standard\nstatus: Draft\ntrack: IaaS'),
    doc('scs-XXXX-v1-standard-template.md', 'title: Template\ntype: Standard\nstatus: Draft\ntrack: Global'),
  ]);

  it('groups documents as track -> standard -> versions and supplements', () => {
    const shape = registry.tracks.map(({ track, standards }) => [
      track.name,
      standards.map((standard) => [standard.id, standard.versions.map((v) => v.version), standard.supplements.map((s) => s.id)]),
    ]);
    expect(shape).toEqual([
      ['Global', []],
      ['IaaS', [['scs-0100', [1, 2], ['scs-0100-w1-flavor-naming-tests']]]],
      ['KaaS', [['scs-0210', [1], []]]],
      ['IAM', []],
      ['Ops', []],
      ['Scopes', []],
    ]);
    expect(registry.proposals.map((d) => d.id)).toEqual(['scs-xxxx-v1-dns-zone-naming']);
    expect(registry.templates.map((d) => d.id)).toEqual(['scs-XXXX-v1-standard-template']);
  });

  it('attaches supplements to every version they name', () => {
    const v1 = registry.byFileName.get('scs-0100-v1-flavor-naming.md')!;
    expect(supplementsOf(registry, v1).map((d) => d.id)).toEqual(['scs-0100-w1-flavor-naming-tests']);
  });

  it('knows the current version', () => {
    const standard = registry.tracks[1]!.standards[0]!;
    expect(currentVersionOf(standard, '2026-11-23')?.id).toBe('scs-0100-v2-flavor-naming');
  });
});

describe('namingIndexOf and supplementsOf', () => {
  const registry = buildRegistry([
    doc('scs-0100-v1-a.md', 'title: A\ntype: Standard\nstatus: Deprecated\ntrack: IaaS\nstabilized_at: 2022-09-08\ndeprecated_at: 2023-10-31'),
    doc('scs-0100-v2-a.md', 'title: A\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2023-02-21\nreplaces: [scs-0100-v1-a.md, scs-0100-v1-a.md]'),
    doc('scs-0100-w2-tests.md', 'title: Later tests\ntype: Supplement\ntrack: IaaS\nsupplements: [scs-0100-v2-a.md]'),
    doc('scs-0100-w1-tests.md', 'title: Tests\ntype: Supplement\ntrack: IaaS\nsupplements: [scs-0100-v2-a.md, scs-0100-v2-a.md, scs-0100-v1-a.md]'),
  ]);
  const v1 = registry.byFileName.get('scs-0100-v1-a.md')!;
  const v2 = registry.byFileName.get('scs-0100-v2-a.md')!;

  it('lists the naming documents in the registry order, each once even when it names the file twice', () => {
    expect(supplementsOf(registry, v2).map((d) => d.fileName)).toEqual(['scs-0100-w1-tests.md', 'scs-0100-w2-tests.md']);
    expect(supplementsOf(registry, v1).map((d) => d.fileName)).toEqual(['scs-0100-w1-tests.md']);
    expect(namingIndexOf(registry, 'replaces').get('scs-0100-v1-a.md')?.map((d) => d.fileName)).toEqual(['scs-0100-v2-a.md']);
  });

  it('gives nothing for a file nobody names, and a fresh array the caller may change', () => {
    expect(supplementsOf(registry, registry.byFileName.get('scs-0100-w1-tests.md')!)).toEqual([]);
    expect(namingIndexOf(registry, 'replaces').get('scs-0100-v2-a.md')).toBeUndefined();
    supplementsOf(registry, v2).pop();
    expect(supplementsOf(registry, v2)).toHaveLength(2);
  });

  it('builds the index once per registry and per field', () => {
    expect(namingIndexOf(registry, 'supplements')).toBe(namingIndexOf(registry, 'supplements'));
    expect(namingIndexOf(registry, 'replaces')).not.toBe(namingIndexOf(registry, 'supplements'));
    expect(namingIndexOf(buildRegistry(registry.documents), 'supplements')).not.toBe(namingIndexOf(registry, 'supplements'));
  });

  it('answers as a scan of every document does, on a synthetic corpus of 300 documents', () => {
    const synthetic = buildRegistry(buildSyntheticCorpus(300).flatMap((file) => parseDocumentFile(file.fileName, file.text).document ?? []));
    let named = 0;
    for (const document of synthetic.documents) {
      const scanned = synthetic.documents.filter((other) => other.supplements.includes(document.fileName));
      expect(supplementsOf(synthetic, document)).toEqual(scanned);
      const replacing = synthetic.documents.filter((other) => other.replaces.includes(document.fileName));
      expect(namingIndexOf(synthetic, 'replaces').get(document.fileName) ?? []).toEqual(replacing);
      named += scanned.length + replacing.length;
    }
    // The corpus has supplements and replacements, so the comparison above compared something.
    expect(named).toBeGreaterThan(50);
  });
});
