import type { Heading, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdownBody } from './markdown-parse.js';
import { parseDocumentFile } from '../parse/document.js';
import { buildOutline } from './outline.js';
// Docusaurus's own heading-id plugin: the outline must give the anchors it gives.
import docusaurusHeadings from '@docusaurus/mdx-loader/lib/remark/headings/index.js';

const parse = (body: string): Root => {
  const { document } = parseDocumentFile('scs-0101-v1-entropy.md', `---\ntitle: x\n---\n${body}`);
  return parseMarkdownBody(document!);
};

const HEADINGS = [
  '## Introduction',
  '## Introduction',
  '## Introduction',
  '## Flavor names: `SCS-2V-4` and more!',
  '## Ünïcode & “quotes” — dashes',
  '## Name syntax {#name-syntax}',
  '## Name syntax',
  '## With <span>inline html</span> inside',
  '## A [link](https://example.com) in a heading',
  '## Comment id <!-- #from-comment -->',
  '### 1.2 Numbered heading',
  '## Emoji 🚀 and **bold** and _em_',
  '## introduction-1',
].join('\n\n');

describe('buildOutline', () => {
  it('gives every heading the anchor Docusaurus gives it', async () => {
    const ours = buildOutline(parse(HEADINGS)).headings.map((heading) => heading.anchor);
    const tree = parse(HEADINGS);
    type Plugin = (options: object) => (tree: Root) => Promise<void>;
    const loaded = docusaurusHeadings as unknown as Plugin | { default: Plugin };
    const plugin = typeof loaded === 'function' ? loaded : loaded.default;
    await plugin({ anchorsMaintainCase: false })(tree);
    const theirs = tree.children.filter((node): node is Heading => node.type === 'heading').map((node) => (node.data as { id: string }).id);
    expect(ours).toEqual(theirs);
    expect(ours).toEqual([
      'introduction',
      'introduction-1',
      'introduction-2',
      'flavor-names-scs-2v-4-and-more',
      'ünïcode--quotes--dashes',
      'name-syntax',
      'name-syntax',
      'with-inline-html-inside',
      'a-link-in-a-heading',
      'from-comment',
      '12-numbered-heading',
      'emoji--and-bold-and-em',
      'introduction-1-1',
    ]);
  });

  it('keeps heading text without a custom id, with file lines', () => {
    expect(buildOutline(parse('## Name syntax {#names}\n\n### Details\n')).headings).toEqual([
      { depth: 2, text: 'Name syntax', anchor: 'names', line: 4 },
      { depth: 3, text: 'Details', anchor: 'details', line: 6 },
    ]);
  });

  it('lists links, images, definitions and resolved references with their positions', () => {
    const body = ['See [SCS-0102](scs-0102-v1-image-metadata.md#name).', '', '![Logo](./logo.png) and [the spec][spec] and [missing][nope].', '', '[spec]: https://example.com/spec', ''].join('\n');
    expect(buildOutline(parse(body)).links).toEqual([
      { kind: 'link', url: 'scs-0102-v1-image-metadata.md#name', text: 'SCS-0102', line: 4, column: 5, endLine: 4, endColumn: 51 },
      { kind: 'image', url: './logo.png', text: 'Logo', line: 6, column: 1, endLine: 6, endColumn: 20 },
      { kind: 'reference', url: 'https://example.com/spec', text: 'the spec', line: 6, column: 25, endLine: 6, endColumn: 41 },
      { kind: 'definition', url: 'https://example.com/spec', text: 'spec', line: 8, column: 1, endLine: 8, endColumn: 33 },
    ]);
  });

  it('collects ids written in raw HTML', () => {
    expect(buildOutline(parse('<a id="old-anchor"></a>\n\nText <span name=\'x\'>y</span>.\n')).htmlIds).toEqual(['old-anchor', 'x']);
  });

  it('is plain data that survives JSON', () => {
    const outline = buildOutline(parse(HEADINGS + '\n\n[a](b.md)\n'));
    expect(JSON.parse(JSON.stringify(outline))).toEqual(outline);
  });
});
