import { beforeAll, describe, expect, it } from 'vitest';
import { fileContext, formatFindings, withFrontMatter } from '../markdown-test-kit.js';
import { rule } from './content-safety.js';

// The body starts on line 7 of the file (six lines of front matter).
const check = (body: string) => formatFindings(rule.check(fileContext('scs-0101-v1-entropy.md', withFrontMatter(body))));

const DROPPED = (line: number, column: number, tagName: string) =>
  `${line}:${column} Unexpected \`<${tagName}>\` element, expected passive HTML only (the portal removes it with its content)`;
const UNWRAPPED = (line: number, column: number, tagName: string) =>
  `${line}:${column} Unexpected \`<${tagName}>\` element, expected passive HTML only (the portal shows its content without it)`;
const ATTRIBUTE = (line: number, column: number, name: string, tagName: string) =>
  `${line}:${column} Unexpected attribute \`${name}\` on \`<${tagName}>\`, expected passive attributes only (the portal removes it)`;
const HREF = (line: number, column: number, scheme: string, tagName = 'a') =>
  `${line}:${column} Unexpected \`${scheme}:\` URL in \`href\` of \`<${tagName}>\`, expected an http(s), mailto or relative URL`;
const SRC = (line: number, column: number, scheme: string) =>
  `${line}:${column} Unexpected \`${scheme}:\` URL in \`src\` of \`<img>\`, expected an http(s) or relative URL`;
const UNCLOSED = (line: number, column: number, name: string) =>
  `${line}:${column} Unexpected unclosed \`<${name}>\`, expected \`</${name}>\` in the same HTML block (the rest of the document would be hidden)`;

describe('content-safety', () => {
  beforeAll(() => rule.load?.());

  it.each([
    ['plain Markdown links', '[a](https://example.com) [b](./scs-0100-v1-flavor-naming.md) [c](mailto:x@example.com) ![d](./d.png) [e](#motivation)\n'],
    ['harmless raw HTML', '<details open>\n<summary>More</summary>\n\nText <kbd>Ctrl</kbd> <a href="https://example.com" title="on top">x</a> <sub>2</sub>\n\n</details>\n'],
    ['tables, images and alignment in raw HTML', '<table>\n<tr><th align="left">A</th><td colspan="2">B</td></tr>\n</table>\n\n<p align="center"><img src="./chart.png" alt="Chart" width="300"></p>\n'],
    ['ids and names (they get the user-content- prefix, and links follow)', '<a name="old-anchor"></a>\n\n<span id="note">x</span> [to the note](#note)\n'],
    ['script in code', '```html\n<script>alert(1)</script>\n<svg><animate attributeName="href" to="javascript:x"/></svg>\n```\n\nAnd `<iframe src="x">` inline.\n'],
    ['a commented-out script', '<!-- <script>alert(1)</script> -->\n'],
    ['the word "on" in text', 'Turn it on=off.\n'],
    ['an escaped tag', '\\<script> is shown as text.\n'],
    ['footnotes and task lists', 'A claim[^1].\n\n- [x] done\n- [ ] open\n\n[^1]: The source.\n'],
    ['an admonition', ':::note[Careful]\nText with <b>bold</b>.\n:::\n'],
  ])('accepts %s', (_, body) => {
    expect(check(body)).toEqual([]);
  });

  it.each([
    ['a script block', '<script>alert(1)</script>\n', [DROPPED(7, 1, 'script')]],
    ['an inline script tag', 'Text <SCRIPT src="x.js"></SCRIPT> more.\n', [DROPPED(7, 6, 'script')]],
    ['embedding elements', '<div>\n<iframe src="https://example.com"></iframe>\n<object data="x"></object><embed src="x">\n</div>\n', [
      DROPPED(8, 1, 'iframe'),
      DROPPED(9, 1, 'object'),
      DROPPED(9, 27, 'embed'),
    ]],
    ['frames, base, forms and links', '<frame src="x">\n\n<base href="https://evil.example/">\n\n<form action="https://evil.example/"><input name="p"></form>\n\n<link rel="import" href="x">\n', [
      DROPPED(9, 1, 'base'),
      UNWRAPPED(11, 1, 'form'),
      '11:38 Unexpected `<input>` without `disabled`, expected `disabled="true"` (the portal adds it)',
      '11:38 Unexpected `<input>` without `type`, expected `type="checkbox"` (the portal adds it)',
      DROPPED(13, 1, 'link'),
    ]],
    ['a meta refresh', '<meta http-equiv="refresh" content="0; url=https://evil.example/">\n', [DROPPED(7, 1, 'meta')]],
    ['event handlers, quoted or not, on a later line', 'An <img src=x onerror=alert(1)> and <a\nhref="#" OnClick="go()">y</a>.\n', [
      ATTRIBUTE(7, 15, 'onerror', 'img'),
      ATTRIBUTE(8, 10, 'onclick', 'a'),
    ]],
    ['script URLs in attributes, however disguised', '<a href="javascript:alert(1)">a</a> <a href=" JaVa&#x09;Script&colon;x">b</a> <a href="vbscript:x">c</a> <a href="&#106;avascript:x">d</a>\n\n<a href="data:text/html;base64,PHNjcmlwdD4=">e</a> <a href="java&#x0A;script:x">f</a>\n', [
      HREF(7, 4, 'javascript'),
      HREF(7, 40, 'javascript'),
      HREF(7, 82, 'vbscript'),
      HREF(7, 109, 'javascript'),
      HREF(9, 4, 'data'),
      HREF(9, 55, 'javascript'),
    ]],
    ['URL schemes that are not known to be passive, in HTML and in Markdown', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x"> [ftp](ftp://example.org/) [tel](tel:123)\n', [
      SRC(7, 6, 'data'),
      HREF(7, 62, 'ftp'),
      HREF(7, 88, 'tel'),
    ]],
    ['script URLs in Markdown links, images and the links that use a definition', '[a](javascript:alert(1)) ![b](JAVASCRIPT:x) [c][d]\n\n[d]: vbscript:x\n', [
      HREF(7, 1, 'javascript'),
      SRC(7, 26, 'javascript'),
      HREF(7, 45, 'vbscript'),
    ]],
    ['a tag cut off before its `>`', '<div>\n<script src="x.js"\n</div>\n', [UNCLOSED(8, 1, 'script')]],
    ['inline SVG with animation that rewrites a link, in several spellings', [
      '<svg><a href="#x"><animate attributeName="href" to="javascript:alert(1)"/><text y="20">click</text></a></svg>',
      '',
      '<p><svg viewBox="0 0 10 10"><a xlink:href="#"><set attributeName="xlink:href" to="javascript:alert(2)"/><circle r="5"/></a></svg></p>',
      '',
      'Inline <svg><animateTransform attributeName="href" values="javascript:alert(3)"/></svg> and <SVG><animateMotion/></SVG>.',
      '',
      '<animate attributeName="href" to="javascript:alert(4)"></animate>',
      '',
      '<math><mtext><a href="javascript:alert(5)">m</a></mtext></math>',
      '',
    ].join('\n'), [
      DROPPED(7, 1, 'svg'),
      DROPPED(9, 4, 'svg'),
      DROPPED(11, 8, 'svg'),
      DROPPED(11, 93, 'svg'),
      DROPPED(13, 1, 'animate'),
      DROPPED(15, 1, 'math'),
    ]],
    ['unclosed elements that would hide the rest of the document', [
      '<noscript>', '', '## Section A', '', 'Text.', '',
      '<div><template>', '', '## Section B', '',
      '<style>', '', '## Section C', '',
      '<textarea>', '', '## Section D', '',
      'Inline <title> and <xmp> stay in their paragraph <select>', '', '## Section E', '',
      '<div>', '<iframe src="x">', '</div>', '', '## Section F', '',
      '<!-- a comment that never ends', '', '## Section G', '',
      '<plaintext>', '', '## Section H', '',
    ].join('\n'), [
      UNCLOSED(7, 1, 'noscript'),
      UNCLOSED(13, 6, 'template'),
      UNCLOSED(17, 1, 'style'),
      UNCLOSED(21, 1, 'textarea'),
      UNCLOSED(25, 8, 'title'),
      UNCLOSED(25, 20, 'xmp'),
      UNCLOSED(25, 50, 'select'),
      UNCLOSED(30, 1, 'iframe'),
      '35:1 Unexpected unclosed comment `<!--`, expected `-->` in the same HTML block (the rest of the document would be hidden)',
      UNCLOSED(39, 1, 'plaintext'),
    ]],
    ['styles, classes and attributes that are not passive', '<span id="x" class="c" style="color:red">s</span> <font color=red>f</font> <a href="https://example.org" target="_blank" ping="https://t.example">t</a>\n', [
      ATTRIBUTE(7, 14, 'class', 'span'),
      ATTRIBUTE(7, 24, 'style', 'span'),
      UNWRAPPED(7, 51, 'font'),
      ATTRIBUTE(7, 106, 'target', 'a'),
      ATTRIBUTE(7, 122, 'ping', 'a'),
    ]],
    ['a value the allowlist does not allow', '<ul class="contains-task-list evil"><li>x</li></ul>\n', [
      '7:5 Unexpected value `contains-task-list evil` of `class` on `<ul>`, expected `contains-task-list` (the portal changes it)',
    ]],
    ['raw HTML inside an admonition', ':::note[Title]\n<b onclick="x">b</b>\n:::\n', [ATTRIBUTE(8, 4, 'onclick', 'b')]],
  ])('reports %s', (_, body, expected) => {
    expect(check(body)).toEqual(expected);
  });
});
