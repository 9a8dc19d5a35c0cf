import type { Root } from 'mdast';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText, standardFields } from '../lint/testing.js';
import { forgetCorpus, reloadCorpus } from './corpus.js';
import { loadPermalinkTargets, resolvePermalinks } from './resolve-permalinks.js';

const TARGETS = new Map([
  ['/standards/scs-0100', '/standards/iaas/scs-0100'],
  ['/standards/scs-0100/latest', '/standards/scs-0100-v2-flavor-naming'],
]);

function resolved(url: string): string {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'link', url, children: [{ type: 'text', value: 'x' }] }] }] }] };
  resolvePermalinks(tree, TARGETS);
  const paragraph = tree.children[0] as unknown as { children: [{ children: [{ url: string }] }] };
  return paragraph.children[0].children[0].url;
}

describe('resolvePermalinks', () => {
  it.each([
    ['/standards/scs-0100', '/standards/iaas/scs-0100'],
    ['/standards/scs-0100/', '/standards/iaas/scs-0100'],
    ['/standards/scs-0100/latest', '/standards/scs-0100-v2-flavor-naming'],
    ['/standards/scs-0100/latest#scope', '/standards/scs-0100-v2-flavor-naming#scope'],
    ['/standards/scs-0100?x=1', '/standards/iaas/scs-0100?x=1'],
  ])('points %s at %s', (url, expected) => {
    expect(resolved(url)).toBe(expected);
  });

  it.each(['/standards/scs-0101', '/standards/scs-0100-v1-flavor-naming', '/standards', 'https://docs.scs.community/standards/scs-0100', '#scs-0100', '/'])(
    'leaves %s alone',
    (url) => {
      expect(resolved(url)).toBe(url);
    },
  );
});

describe('loadPermalinkTargets', () => {
  it('follows the corpus as last loaded, not the first load of the process', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'scs-permalink-targets-'));
    try {
      const v2 = path.join(root, 'scs-0100-v2-flavor-naming.md');
      await writeFile(path.join(root, 'scs-0100-v1-flavor-naming.md'), documentText(standardFields()));
      await writeFile(v2, documentText(standardFields({ status: 'Draft', stabilized_at: null, replaces: '[scs-0100-v1-flavor-naming.md]' })));
      const options = { standardsDir: root, date: '2025-06-01' };
      const first = await loadPermalinkTargets(options);
      expect(first.get('/standards/scs-0100/latest')).toBe('/standards/scs-0100-v1-flavor-naming');
      expect(await loadPermalinkTargets(options)).toBe(first);
      await writeFile(v2, documentText(standardFields({ stabilized_at: '2025-05-01', replaces: '[scs-0100-v1-flavor-naming.md]' })));
      await reloadCorpus(root);
      expect((await loadPermalinkTargets(options)).get('/standards/scs-0100/latest')).toBe('/standards/scs-0100-v2-flavor-naming');
    } finally {
      forgetCorpus(root);
      await rm(root, { recursive: true, force: true });
    }
  });
});
