import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { resolvePermalinks } from './resolve-permalinks.js';

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
