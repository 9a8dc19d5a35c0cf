import { describe, expect, it } from 'vitest';
import { parseDocumentFile } from '../parse/document.js';
import { buildRegistry, currentVersionOf, supplementsOf } from './registry.js';

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
