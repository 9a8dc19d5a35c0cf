import { describe, expect, it } from 'vitest';
import { buildSyntheticCorpus } from '../bench/synthetic-corpus.js';
import { parseDocumentFile } from '../parse/document.js';
import { buildRegistry } from './registry.js';
import { resolveModuleStandard } from './scope-standards.js';

const doc = (fileName: string, frontMatter: string) => parseDocumentFile(fileName, `---\n${frontMatter}\n---\n`).document!;

describe('resolveModuleStandard', () => {
  const registry = buildRegistry([
    doc('scs-0100-v3-flavor-naming.md', 'title: Flavors\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2023-02-21'),
    doc('scs-0100-w1-flavor-naming-tests.md', 'title: Tests\ntype: Supplement\ntrack: IaaS\nsupplements: [scs-0100-v3-flavor-naming.md]'),
    // Two files with one version number (a lint error): the first by file name is the one.
    doc('scs-0210-v1-b-second.md', 'title: B\ntype: Standard\nstatus: Draft\ntrack: KaaS'),
    doc('scs-0210-v1-a-first.md', 'title: A\ntype: Standard\nstatus: Draft\ntrack: KaaS'),
  ]);
  const found = (id: string, url: string | null = null) => {
    const result = resolveModuleStandard(registry, { id, url });
    return result.kind === 'found' ? result.document.fileName : result;
  };

  it('finds a document by the file named in the URL, else by the id', () => {
    expect(found('anything', 'https://example.org/standards/scs-0100-v3-flavor-naming')).toBe('scs-0100-v3-flavor-naming.md');
    expect(found('scs-0100-v3')).toBe('scs-0100-v3-flavor-naming.md');
    expect(found('scs-0100-v3.1')).toBe('scs-0100-v3-flavor-naming.md');
    expect(found('SCS-0100-W1')).toBe('scs-0100-w1-flavor-naming-tests.md');
    expect(found('scs-0210-v1')).toBe('scs-0210-v1-a-first.md');
  });

  it('says what is missing and what is outside the registry', () => {
    expect(found('scs-0100-v4')).toEqual({ kind: 'missing', name: 'scs-0100-v4' });
    expect(found('scs-0100-w3')).toEqual({ kind: 'missing', name: 'scs-0100-w3' });
    expect(found('x', 'https://example.org/scs-0999-v1-gone.md')).toEqual({ kind: 'missing', name: 'scs-0999-v1-gone.md' });
    expect(found('openstack-powered-compute')).toEqual({ kind: 'external' });
  });

  it('finds by id what a scan of the registry finds, on a synthetic corpus of 300 documents', () => {
    const synthetic = buildRegistry(buildSyntheticCorpus(300).flatMap((file) => parseDocumentFile(file.fileName, file.text).document ?? []));
    let compared = 0;
    for (const document of synthetic.documents) {
      if (document.number === null) continue;
      for (const letter of ['v', 'w']) {
        for (const version of [document.version, document.version + 1]) {
          const kind = letter === 'w' ? 'supplement' : 'document';
          const scanned = synthetic.documents.find((candidate) => candidate.number === document.number && candidate.kind === kind && candidate.version === version);
          const result = resolveModuleStandard(synthetic, { id: `scs-${document.number}-${letter}${version}`, url: null });
          expect(result.kind === 'found' ? result.document : undefined).toBe(scanned);
          if (scanned) compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(250);
  });
});
