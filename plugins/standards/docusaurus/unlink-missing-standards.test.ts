import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { unlinkMissingStandards } from './unlink-missing-standards.js';

const paragraph = (url: string): Root => ({
  type: 'root',
  children: [{ type: 'paragraph', children: [{ type: 'text', value: 'See ' }, { type: 'link', url, children: [{ type: 'text', value: 'the standard' }] }] }],
});

describe('unlinkMissingStandards', () => {
  const existing = new Set(['/standards/scs-0001-v1-sovereign-cloud-standards', '/standards/global/scs-0001']);

  it.each([
    ['/standards/scs-0001-v1-sovereign-cloud-standards#tracks', 0],
    ['/standards/global/scs-0001/', 0],
    ['/standards/iaas', 0],
    ['/docs/authoring', 0],
    ['https://example.com/standards/scs-9999', 0],
    ['/standards/scs-0500-v1-scs-compatible-iaas-scope', 1],
    ['/standards/scopes/scs-0500', 1],
  ])('%s', (url, unlinkedCount) => {
    const tree = paragraph(url);
    expect(unlinkMissingStandards(tree, existing)).toHaveLength(unlinkedCount);
    const children = (tree.children[0] as { children: Array<{ type: string }> }).children;
    expect(children.map((child) => child.type)).toEqual(unlinkedCount ? ['text', 'text'] : ['text', 'link']);
  });
});
