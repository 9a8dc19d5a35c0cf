import { describe, expect, it } from 'vitest';
import { fileContext, formatFindings, withFrontMatter } from '../markdown-test-kit.js';
import { rule } from './content-safety.js';

// The body starts on line 7 of the file (six lines of front matter).
const check = (body: string) => formatFindings(rule.check(fileContext('scs-0101-v1-entropy.md', withFrontMatter(body))));

describe('content-safety', () => {
  it.each([
    ['plain Markdown links', '[a](https://example.com) [b](./scs-0100-v1-flavor-naming.md) [c](mailto:x@example.com) ![d](./d.png)\n'],
    ['harmless raw HTML', '<details>\n<summary>More</summary>\n\nText <kbd>Ctrl</kbd> <a href="https://example.com" title="on top">x</a>\n\n</details>\n'],
    ['a `data:` image', '<img src="data:image/png;base64,AAAA" alt="x">\n'],
    ['script in code', '```html\n<script>alert(1)</script>\n```\n\nAnd `<iframe src="x">` inline.\n'],
    ['a commented-out script', '<!-- <script>alert(1)</script> -->\n'],
    ['the word "on" in text', 'Turn it on=off.\n'],
    ['an escaped tag', '\\<script> is shown as text.\n'],
  ])('accepts %s', (_, body) => {
    expect(check(body)).toEqual([]);
  });

  it.each([
    ['a script block', '<script>alert(1)</script>\n', ['7:1 Unexpected `<script>` element, expected no raw HTML that can run script or load other content']],
    ['an inline script tag', 'Text <SCRIPT src="x.js"></SCRIPT> more.\n', ['7:6 Unexpected `<script>` element, expected no raw HTML that can run script or load other content']],
    ['embedding elements', '<div>\n<iframe src="https://example.com"></iframe>\n<object data="x"></object><embed src="x">\n</div>\n', [
      '8:1 Unexpected `<iframe>` element, expected no raw HTML that can run script or load other content',
      '9:1 Unexpected `<object>` element, expected no raw HTML that can run script or load other content',
      '9:27 Unexpected `<embed>` element, expected no raw HTML that can run script or load other content',
    ]],
    ['frames, base, forms and links', '<frame src="x">\n\n<base href="https://evil.example/">\n\n<form action="https://evil.example/"><input name="p"></form>\n\n<link rel="import" href="x">\n', [
      '7:1 Unexpected `<frame>` element, expected no raw HTML that can run script or load other content',
      '9:1 Unexpected `<base>` element, expected no raw HTML that can run script or load other content',
      '11:1 Unexpected `<form>` element, expected no raw HTML that can run script or load other content',
      '13:1 Unexpected `<link>` element, expected no raw HTML that can run script or load other content',
    ]],
    ['a meta refresh', '<meta http-equiv="refresh" content="0; url=https://evil.example/">\n', [
      '7:1 Unexpected `<meta http-equiv>` element, expected no raw HTML that can redirect or change how the page loads',
    ]],
    ['event handlers, quoted or not, on a later line', 'An <img src=x onerror=alert(1)> and <a\nhref="#" OnClick="go()">y</a>.\n', [
      '7:15 Unexpected event-handler attribute `onerror` on `<img>`, expected no attributes that run script',
      '8:10 Unexpected event-handler attribute `onclick` on `<a>`, expected no attributes that run script',
    ]],
    ['script URLs in attributes, however disguised', '<a href="javascript:alert(1)">a</a> <a href=" JaVa&#x09;Script&colon;x">b</a> <a href="vbscript:x">c</a> <iframe srcdoc="x"></iframe>\n\n<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>\n', [
      '7:4 Unexpected `javascript:` URL in `href` of `<a>`, expected an http(s), mailto or relative URL',
      '7:40 Unexpected `javascript:` URL in `href` of `<a>`, expected an http(s), mailto or relative URL',
      '7:82 Unexpected `vbscript:` URL in `href` of `<a>`, expected an http(s), mailto or relative URL',
      '7:106 Unexpected `<iframe>` element, expected no raw HTML that can run script or load other content',
      '9:4 Unexpected `data:text/html` URL in `href` of `<a>`, expected an http(s), mailto or relative URL',
    ]],
    ['script URLs in Markdown links, images and definitions', '[a](javascript:alert(1)) ![b](JAVASCRIPT:x) [c][d]\n\n[d]: vbscript:x\n', [
      '7:1 Unexpected `javascript:` URL in a link, expected an http(s), mailto or relative URL',
      '7:26 Unexpected `javascript:` URL in an image, expected an http(s), mailto or relative URL',
      '9:1 Unexpected `vbscript:` URL in a link definition, expected an http(s), mailto or relative URL',
    ]],
    ['a tag cut off before its `>`', '<div>\n<script src="x.js"\n</div>\n', ['8:1 Unexpected `<script>` element, expected no raw HTML that can run script or load other content']],
  ])('reports %s', (_, body, expected) => {
    expect(check(body)).toEqual(expected);
  });
});
