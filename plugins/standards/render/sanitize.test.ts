import type { ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../markdown/markdown-parse.js';
import { documentHast } from './document-hast.js';
import { sanitizeHast, STANDARDS_SCHEMA } from './sanitize.js';

/** A compact HTML-like form of a tree: enough to see what the sanitizer kept. */
function show(nodes: ReadonlyArray<Root['children'][number] | ElementContent>): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value.trim() === '' ? '' : node.value;
      if (node.type !== 'element') return '';
      const attributes = Object.entries(node.properties).map(([key, value]) => ` ${key}=${JSON.stringify(Array.isArray(value) ? value.join(' ') : value)}`);
      return `<${node.tagName}${attributes.join('')}>${show(node.children)}</${node.tagName}>`;
    })
    .join('');
}

const render = (markdown: string) => {
  const { hast, changes } = documentHast(parseMarkdown(markdown));
  return { html: show(hast.children), changes: changes.map((change) => `${change.position?.line}:${change.position?.column} ${change.kind} <${change.tagName}>${'property' in change ? ` ${change.property}` : ''}`) };
};

describe('the schema', () => {
  it('is GitHub\'s, narrowed: no URL attribute without a scheme check, no inline SVG, and drop-with-content for raw-text elements', () => {
    expect(STANDARDS_SCHEMA.tagNames).not.toContain('svg');
    expect(STANDARDS_SCHEMA.tagNames).not.toContain('math');
    expect(STANDARDS_SCHEMA.strip).toEqual(expect.arrayContaining(['script', 'style', 'svg', 'math', 'noscript', 'template', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']));
    const allAttributes = Object.values(STANDARDS_SCHEMA.attributes ?? {}).flat().map((definition) => (typeof definition === 'string' ? definition : definition[0]));
    for (const name of ['action', 'srcSet', 'longDesc', 'style', 'formAction', 'xLinkHref', 'data*']) expect(allAttributes).not.toContain(name);
    expect(allAttributes.filter((name) => /^on/i.test(name))).toEqual([]);
    expect(STANDARDS_SCHEMA.protocols).toEqual({ href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] });
    expect(STANDARDS_SCHEMA.clobberPrefix).toBe('user-content-');
  });
});

describe('documentHast', () => {
  it.each([
    ['passive HTML as written', '<details open><summary>More</summary>\n\n*Text* <kbd title="x">K</kbd> <sub>2</sub>\n\n</details>', '<details open=true><summary>More</summary><p><em>Text</em><kbd title="x">K</kbd><sub>2</sub></p></details>', []],
    ['a script, with its content', 'a <script>alert(1)</script> b', '<p>a  b</p>', ['1:3 element-dropped <script>']],
    ['an unknown element, keeping its content', '<center><b>x</b></center>', '<b>x</b>', ['1:1 element-unwrapped <center>']],
    ['inline SVG with animation, with all it holds', '<svg><a href="#"><animate attributeName="href" to="javascript:alert(1)"/><text>t</text></a></svg>', '<p></p>', ['1:1 element-dropped <svg>']],
    ['animation elements outside SVG', '<p><set attributeName="href" to="javascript:x"></set><animateMotion>m</animateMotion></p>', '<p>m</p>', ['1:4 element-dropped <set>', '1:54 element-unwrapped <animatemotion>']],
    ['MathML with a link', '<math><mi><a href="javascript:x">m</a></mi></math> after', '<p> after</p>', ['1:1 element-dropped <math>']],
    ['event handlers and styles', '<img src="a.png" alt="a" onerror="x" style="color:red">', '<img src="a.png" alt="a"></img>', ['1:1 attribute-dropped <img> onError', '1:1 attribute-dropped <img> style']],
    ['script URLs, in raw HTML and Markdown', '<a href="jav&#x09;ascript:x">a</a> [b](javascript:y) ![c](vbscript:z)', '<p><a>a</a><a>b</a><img alt="c"></img></p>', ['1:1 attribute-dropped <a> href', '1:36 attribute-dropped <a> href', '1:54 attribute-dropped <img> src']],
    ['ids and names: prefixed, not reported; in-page links follow', '<a name="x"></a><span id="location">s</span> [l](#location)', '<p><a name="user-content-x"></a><span id="user-content-location">s</span><a href="#user-content-location">l</a></p>', []],
    ['heading anchors and footnotes keep the ids the pipeline gave them', '# T\n\nA[^1]\n\n[^1]: n', '<h1>T</h1><p>A<sup><a href="#user-content-fn-1" dataFootnoteRef="" ariaDescribedBy="footnote-label" id="user-content-fnref-1">1</a></sup></p><section dataFootnotes="" className="footnotes"><h2 className="sr-only" id="footnote-label">Footnotes</h2><ol><li id="user-content-fn-1"><p>n <a href="#user-content-fnref-1" dataFootnoteBackref="" ariaLabel="Back to reference 1" className="data-footnote-backref">↩</a></p></li></ol></section>', []],
    ['a forged footnote id and label in raw HTML', '<p id="user-content-fn-1">x</p><ul aria-describedby="footnote-label"><li>y</li></ul>', '<p id="user-content-user-content-fn-1">x</p><ul ariaDescribedBy="user-content-footnote-label"><li>y</li></ul>', []],
    ['forms and embedded documents', '<form action="https://e.example"><input name="q"><button formaction="x">go</button></form><iframe srcdoc="<script>x</script>"></iframe><object data="x.swf">fallback</object>', '<input name="user-content-q" disabled=true type="checkbox"></input>go', ['1:1 element-unwrapped <form>', '1:34 attribute-changed <input> disabled', '1:34 attribute-changed <input> type', '1:50 element-unwrapped <button>', '1:91 element-dropped <iframe>', '1:136 element-dropped <object>']],
  ])('%s', (_, markdown, html, changes) => {
    expect(render(markdown)).toEqual({ html, changes });
  });

  it('leaves the tree it was given as it was', () => {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'script', properties: {}, children: [{ type: 'text', value: 'x' }] }] };
    const before = structuredClone(tree);
    expect(sanitizeHast(tree).tree).toEqual({ type: 'root', children: [] });
    expect(tree).toEqual(before);
  });
});
