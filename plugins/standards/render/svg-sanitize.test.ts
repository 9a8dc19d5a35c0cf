import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from './svg-sanitize.js';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const OUT_NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
const svg = (body: string, attributes = '') => `<svg ${NS} xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>${body}</svg>`;
const clean = (source: string) => {
  const result = sanitizeSvg(source);
  if (!result.ok) throw new Error(result.error);
  return result.svg;
};

describe('sanitizeSvg', () => {
  it.each([
    ['shapes, text and gradients', svg('<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect x="1" y="2" width="3" height="4" fill="url(#g)"/><text x="4" y="16" font-size="12">Draft → Stable &amp; more</text>', ' viewBox="0 0 10 10"'),
      `<svg ${OUT_NS} viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"></stop></linearGradient></defs><rect x="1" y="2" width="3" height="4" fill="url(#g)"></rect><text x="4" y="16" font-size="12">Draft → Stable &amp; more</text></svg>`],
    ['a local <use> and a harmless style sheet', svg('<style>.a { fill: red } g > rect { stroke: blue }</style><symbol id="s"><circle r="1"/></symbol><use xlink:href="#s" class="a"/>'),
      `<svg ${OUT_NS}><style>.a { fill: red } g &gt; rect { stroke: blue }</style><symbol id="s"><circle r="1"></circle></symbol><use xlink:href="#s" class="a"></use></svg>`],
    ['an embedded raster picture', svg('<image width="1" height="1" href="data:image/png;base64,iVBORw0KGgo="/>'),
      `<svg ${OUT_NS}><image width="1" height="1" href="data:image/png;base64,iVBORw0KGgo="></image></svg>`],
  ])('keeps %s', (_, source, expected) => {
    expect(clean(source)).toBe(expected);
  });

  it.each([
    ['script elements, in any namespace spelling', svg('<script>alert(1)</script><svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(2)</svg:script><script type="text/ecmascript"><![CDATA[alert(3)]]></script><rect/>')],
    ['event handlers on any element', svg('<rect onclick="alert(1)" onmouseover="alert(2)"/><g onload="alert(3)"><circle ONERROR="alert(4)" r="1"/></g>', ' onload="alert(5)"')],
    ['foreignObject with HTML inside', svg('<foreignObject width="10" height="10"><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="javascript:alert(1)"></iframe><img src="x" onerror="alert(2)"/></body></foreignObject>')],
    ['animation that rewrites a link to a script URL', svg('<a href="#"><animate attributeName="href" to="javascript:alert(1)"/><set attributeName="xlink:href" to="javascript:alert(2)"/><animateTransform attributeName="href" values="javascript:alert(3)"/><animateMotion dur="1s"><mpath xlink:href="#p"/></animateMotion><text>click</text></a>')],
    ['links, to script and elsewhere', svg('<a xlink:href="javascript:alert(1)"><rect/></a><a href="https://evil.example/"><circle r="1"/></a>')],
    ['references outside the file', svg('<use href="https://evil.example/sprite.svg#x"/><image href="https://evil.example/t.png"/><image xlink:href="data:image/svg+xml,&lt;svg onload=alert(1)&gt;"/><feImage href="https://evil.example/x"/><rect fill="url(https://evil.example/p.svg#g)" filter="url(other.svg#f)"/>')],
    ['style sheets that load or hide something', svg('<style>@import url(https://evil.example/a.css);</style><style>rect { fill: url(https://evil.example/x) }</style><style>rect { background: u\\72l(x) }</style><rect style="fill: url(&quot;https://evil.example/x&quot;)"/>')],
    ['processing instructions, comments and a DOCTYPE', `<?xml version="1.0"?><?xml-stylesheet href="https://evil.example/x.xsl"?><!DOCTYPE svg><!-- <script>alert(1)</script> -->${svg('<rect/>')}`],
  ])('removes %s', (_, source) => {
    const out = clean(source);
    expect(out).not.toMatch(/script|on[a-z]+=|foreignObject|iframe|animate|<set|mpath|javascript|evil\.example|@import|\\|xml-stylesheet|<a[\s>]/i);
    expect(out.startsWith(`<svg ${OUT_NS}`)).toBe(true);
  });

  it('keeps the drawing inside a link and the text of animated elements', () => {
    expect(clean(svg('<a href="javascript:alert(1)"><rect width="1"/><animate attributeName="href" to="javascript:x"/><text>label</text></a>'))).toBe(
      `<svg ${OUT_NS}><rect width="1"></rect><text>label</text></svg>`,
    );
  });

  it('empties an unsafe style sheet and drops an unsafe style attribute, and says what it removed', () => {
    const result = sanitizeSvg(svg('<style>@import "x.css";</style><rect style="fill:url(http://x/)" onclick="y"/>'));
    expect(result).toEqual({
      ok: true,
      svg: `<svg ${OUT_NS}><style></style><rect></rect></svg>`,
      removed: ['<style> with url(), @import or escapes', 'style="…" on <rect>', 'onclick="…" on <rect>'],
      changes: [
        { what: '<style> with url(), @import or escapes', line: 1, column: 84 },
        { what: 'style="…" on <rect>', line: 1, column: 115 },
        { what: 'onclick="…" on <rect>', line: 1, column: 115 },
      ],
    });
  });

  it.each([
    ['not XML', '<svg><rect></svg>'],
    ['an entity a DOCTYPE declares (never expanded)', `<!DOCTYPE svg [<!ENTITY x "&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;">]><svg ${NS}><text>&x;</text></svg>`],
    ['an external entity', `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg ${NS}><text>&x;</text></svg>`],
    ['a root that is not SVG', '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>'],
    ['an svg element without the SVG namespace', '<svg><rect/></svg>'],
    ['an empty file', ''],
  ])('refuses %s', (_, source) => {
    expect(sanitizeSvg(source).ok).toBe(false);
  });
});
