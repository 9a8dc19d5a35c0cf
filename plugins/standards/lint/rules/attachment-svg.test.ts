import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const doc = documentText(standardFields(), '## Introduction\n\n![Diagram](diagram.svg)\n');
const lint = (svg: string, name = 'diagram.svg') => lintFixture({ 'scs-0100-v1-a.md': doc, [name]: svg }, { rules: ['attachment-svg'] });
const expected = 'expected only static drawing: the portal publishes the picture without it';

describe('attachment-svg', () => {
  it.each([
    ['a drawing', `<svg ${NS} viewBox="0 0 10 10">\n  <title>Boxes</title>\n  <rect width="4" height="4" fill="#036"/>\n  <text x="1" y="8">label</text>\n</svg>\n`],
    ['local references, gradients and a safe style sheet', `<?xml version="1.0"?>\n<svg ${NS}><defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><style>rect { fill: url(#g) }</style><rect fill="url(#g)"/></svg>`],
    ['an embedded raster image', `<svg ${NS}><image href="data:image/png;base64,iVBORw0KGgo="/></svg>`],
  ])('accepts %s', async (_, svg) => {
    expect(await lint(svg)).toEqual([]);
  });

  it.each([
    ['a script', `<svg ${NS}>\n  <script>alert(1)</script>\n  <rect/>\n</svg>`, [`diagram.svg:2:3 error Unexpected <script> in an SVG picture, ${expected}`]],
    ['event handlers, each where it stands', `<svg ${NS} onload="a()">\n<rect onclick="b()"/><circle r="1" onmouseover="c()"/>\n</svg>`, [
      `diagram.svg:1:1 error Unexpected onload="…" on <svg> in an SVG picture, ${expected}`,
      `diagram.svg:2:1 error Unexpected onclick="…" on <rect> in an SVG picture, ${expected}`,
      `diagram.svg:2:22 error Unexpected onmouseover="…" on <circle> in an SVG picture, ${expected}`,
    ]],
    ['animation that could turn a link into script, and the link', `<svg ${NS}>\n<a href="#x"><rect/><set attributeName="href" to="javascript:alert(1)"/></a>\n</svg>`, [
      `diagram.svg:2:1 error Unexpected <a> in an SVG picture, ${expected}`,
      `diagram.svg:2:21 error Unexpected <set> in an SVG picture, ${expected}`,
    ]],
    ['foreignObject and references outside the file', `<svg ${NS}>\n<foreignObject><p>x</p></foreignObject>\n<use href="https://example.org/s.svg#i"/>\n</svg>`, [
      `diagram.svg:2:1 error Unexpected <foreignObject> in an SVG picture, ${expected}`,
      `diagram.svg:3:1 error Unexpected href="…" on <use> in an SVG picture, ${expected}`,
    ]],
    ['a style sheet that loads something, and a DOCTYPE', `<!DOCTYPE svg>\n<svg ${NS}>\n<style>@import url(https://example.org/a.css);</style>\n</svg>`, [
      `diagram.svg:1:1 error Unexpected DOCTYPE in an SVG picture, ${expected}`,
      `diagram.svg:3:1 error Unexpected <style> with url(), @import or escapes in an SVG picture, ${expected}`,
    ]],
    ['a file that is not well-formed', `<svg ${NS}>\n<rect>\n</svg>`, [
      'diagram.svg:3:7 error Unexpected SVG that cannot be read as a picture (Unexpected close tag), expected well-formed SVG with an <svg> root element: the portal does not publish it',
    ]],
    ['a root that is not SVG', '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>', [
      'diagram.svg:1:1 error Unexpected SVG that cannot be read as a picture (expected an <svg> root element, found <html>), expected well-formed SVG with an <svg> root element: the portal does not publish it',
    ]],
  ])('reports %s', async (_, svg, lines) => {
    expect(await lint(svg)).toEqual(lines);
  });

  it('checks every SVG of the folder, whatever the case of its extension', async () => {
    expect(await lint(`<svg ${NS}><script/></svg>`, 'OTHER.SVG')).toEqual([`OTHER.SVG:1:41 error Unexpected <script> in an SVG picture, ${expected}`]);
  });
});
