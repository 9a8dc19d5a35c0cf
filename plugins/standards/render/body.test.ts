import { describe, expect, it } from 'vitest';
import { renderBody, type BodyOptions } from './body.js';
import type { PageNode } from './page-tree.js';

/** The body's nodes without the newlines between blocks, which only matter inside `pre`. */
function nodes(markdown: string, options?: BodyOptions): PageNode[] {
  const strip = (node: PageNode): PageNode[] => {
    if (typeof node === 'string') return node === '\n' ? [] : [node];
    const [tagName, props, ...children] = node;
    return [[tagName, props, ...(tagName === 'code' ? children : children.flatMap(strip))]];
  };
  return renderBody(markdown, options).nodes.flatMap(strip);
}

describe('renderBody', () => {
  it.each<[string, string, PageNode[]]>([
    ['a paragraph with emphasis and inline code', 'Use *only* `SCS-`.', [['p', 0, 'Use ', ['em', 0, 'only'], ' ', ['code', 0, 'SCS-'], '.']]],
    ['headings with the anchors the linter computes', '## Name Syntax\n\n## Name Syntax', [['h2', { id: 'name-syntax' }, 'Name Syntax'], ['h2', { id: 'name-syntax-1' }, 'Name Syntax']]],
    ['a written {#id}, left out of the text', '## Scope {#the-scope}', [['h2', { id: 'the-scope' }, 'Scope']]],
    ['a <!-- #id --> comment id', '## Scope <!-- #the-scope -->', [['h2', { id: 'the-scope' }, 'Scope']]],
    ['a table without white space between its rows, each cell ending with a space', '| a | b |\n|---|---|\n| 1 | `2` |\n| | x |', [['table', 0, ['thead', 0, ['tr', 0, ['th', 0, 'a '], ['th', 0, 'b ']]], ['tbody', 0, ['tr', 0, ['td', 0, '1 '], ['td', 0, ['code', 0, '2'], ' ']], ['tr', 0, ['td', 0, ' '], ['td', 0, 'x ']]]]]],
    ['description items ending with a space, trailing white space not doubled', '<dl><dt>a</dt><dd>b </dd></dl>', [['dl', 0, ['dt', 0, 'a '], ['dd', 0, 'b ']]]],
    ['a task list item, ticked but not a controlled input', '- [x] done', [['ul', { className: 'contains-task-list' }, ['li', { className: 'task-list-item' }, ['input', { type: 'checkbox', defaultChecked: true, disabled: true }], ' done']]]],
    ['a fence, highlighted, with its info string', '```js title="a.js"\nlet a;\n```', [['pre', 0, ['code', { className: 'language-js', metastring: 'title="a.js"' }, ['span', { className: 'token keyword' }, 'let'], ' a', ['span', { className: 'token punctuation' }, ';'], '\n']]]],
    ['a Mermaid fence, left as text', '```mermaid\ngraph TD; A-->B\n```', [['pre', 0, ['code', { className: 'language-mermaid' }, 'graph TD; A-->B\n']]]],
    ['raw HTML, parsed, allowed attributes as React wants them', '<details open data-kind="x"><summary aria-label="More">More</summary>Text</details>', [['details', { open: true }, ['summary', { 'aria-label': 'More' }, 'More'], 'Text']]],
    ['raw ids and names, with the user-content prefix; links to them follow', '<span id="here">x</span> [to](#here) <a href="#here">raw</a> <img name="logo" src="a.png">', [['p', 0, ['span', { id: 'user-content-here' }, 'x'], ' ', ['a', { href: '#user-content-here' }, 'to'], ' ', ['a', { href: '#user-content-here' }, 'raw'], ' ', ['img', { name: 'user-content-logo', src: 'a.png' }]]]],
    ['footnotes, with the ids the pipeline gives them', 'A[^n].\n\n[^n]: Note.', [
      ['p', 0, 'A', ['sup', 0, ['a', { href: '#user-content-fn-n', id: 'user-content-fnref-n', 'data-footnote-ref': '', 'aria-describedby': 'footnote-label' }, '1']], '.'],
      ['section', { 'data-footnotes': '', className: 'footnotes' }, ['h2', { className: 'sr-only', id: 'footnote-label' }, 'Footnotes'], ['ol', 0, ['li', { id: 'user-content-fn-n' }, ['p', 0, 'Note. ', ['a', { href: '#user-content-fnref-n', 'data-footnote-backref': '', 'aria-label': 'Back to reference 1', className: 'data-footnote-backref' }, '↩']]]]],
    ]],
    ['MDX syntax, as text; unknown elements give way to their content', 'export const a = 1\n\n{alert(1)} <Tabs>x</Tabs>', [['p', 0, 'export const a = 1'], ['p', 0, '{alert(1)} ', 'x']]],
  ])('%s', (_name, markdown, expected) => {
    expect(nodes(markdown)).toEqual(expected);
  });

  it('drops script, event handlers and script URLs, from raw HTML and Markdown alike', () => {
    const markdown = [
      '<script>alert(1)</script>',
      '<img src="x.png" onerror="alert(2)" alt="x">',
      '<a href="javascript:alert(3)" onclick="alert(4)">raw</a> [md](javascript:alert(5)) <iframe src="https://example.org"></iframe>',
      '<p style="position:fixed" dangerouslySetInnerHTML="x" ref="y">styled</p>',
    ].join('\n\n');
    expect(nodes(markdown)).toEqual([
      // An HTML block: the image stands alone, outside a paragraph.
      ['img', { src: 'x.png', alt: 'x' }],
      ['p', 0, ['a', 0, 'raw'], ' ', ['a', 0, 'md'], ' '],
      ['p', 0, 'styled'],
    ]);
  });

  it('gives the table of contents escaped HTML with code only, and skips hidden headings', () => {
    const body = renderBody('## The `<b>` & *it*\n\n### Two\n\nNote[^1].\n\n[^1]: A note.');
    expect(body.toc).toEqual([
      { value: 'The <code>&lt;b&gt;</code> &amp; it', id: 'the-b--it', level: 2 },
      { value: 'Two', id: 'two', level: 3 },
    ]);
  });

  it('takes a leading level-1 heading as the content title, and only that', () => {
    expect(renderBody('# Flavor Naming {#top}\n\nText').contentTitle).toBe('Flavor Naming');
    expect(renderBody('Text\n\n# Later').contentTitle).toBeUndefined();
  });

  it('rewrites Markdown links and images, and numbers the files to bundle', () => {
    const seen: string[] = [];
    const rewriteUrl: BodyOptions['rewriteUrl'] = (url, kind) => {
      seen.push(`${kind} ${url}`);
      if (url.endsWith('.md')) return '/standards/other';
      return url.startsWith('./') ? { file: url } : url;
    };
    const markdown = '![diagram](./a.png) [again](./a.png) [sheet](./b.pdf) [doc](other.md) [ref][r] <img src="./raw.png">\n\n[r]: https://example.org';
    const body = renderBody(markdown, { rewriteUrl });
    expect(seen).toEqual(['image ./a.png', 'link ./a.png', 'link ./b.pdf', 'link other.md', 'link https://example.org']);
    expect(body.assets).toEqual(['./a.png', './b.pdf']);
    expect(nodes(markdown, { rewriteUrl })).toEqual([
      [
        'p',
        0,
        ['img', { src: { asset: 0 }, alt: 'diagram' }],
        ' ',
        ['a', { href: { asset: 0 } }, 'again'],
        ' ',
        ['a', { href: { asset: 1 } }, 'sheet'],
        ' ',
        ['a', { href: '/standards/other' }, 'doc'],
        ' ',
        ['a', { href: 'https://example.org' }, 'ref'],
        ' ',
        // Raw HTML keeps its URL as written, as Docusaurus does.
        ['img', { src: './raw.png' }],
      ],
    ]);
  });

  it('bundles the files that reference-style links and images name in their definitions', () => {
    const rewriteUrl: BodyOptions['rewriteUrl'] = (url) => (url.startsWith('./') ? { file: url } : url);
    const markdown = '![figure][fig] and [the data][data], [again][data]\n\n[fig]: ./a.svg\n[data]: ./b.csv';
    expect(renderBody(markdown, { rewriteUrl }).assets).toEqual(['./a.svg', './b.csv']);
    expect(nodes(markdown, { rewriteUrl })).toEqual([
      ['p', 0, ['img', { src: { asset: 0 }, alt: 'figure' }], ' and ', ['a', { href: { asset: 1 } }, 'the data'], ', ', ['a', { href: { asset: 1 } }, 'again']],
    ]);
  });

  it('does not take a URL a document writes for a bundled file', () => {
    const rewriteUrl: BodyOptions['rewriteUrl'] = (url) => (url.startsWith('./') ? { file: url } : url);
    const markdown = '[sheet](./b.csv) [forged](scs-asset-0000000000000000/0) <a href="scs-asset-0000000000000000/0">raw</a>';
    expect(nodes(markdown, { rewriteUrl })).toEqual([
      ['p', 0, ['a', { href: { asset: 0 } }, 'sheet'], ' ', ['a', { href: 'scs-asset-0000000000000000/0' }, 'forged'], ' ', ['a', { href: 'scs-asset-0000000000000000/0' }, 'raw']],
    ]);
  });
});
