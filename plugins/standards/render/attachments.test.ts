import { describe, expect, it } from 'vitest';
import { attachmentKind, attachmentPath } from './attachments.js';

describe('attachmentKind', () => {
  it.each([
    ['a.png', 'passive'], ['A.JPG', 'passive'], ['x/b.jpeg', 'passive'], ['c.gif', 'passive'], ['d.webp', 'passive'], ['e.avif', 'passive'],
    ['f.csv', 'passive'], ['g.json', 'passive'], ['h.yaml', 'passive'], ['i.yml', 'passive'], ['j.txt', 'passive'], ['k.pdf', 'passive'],
    ['l.svg', 'svg'], ['L.SVG', 'svg'],
    ['m.html', 'refused'], ['n.htm', 'refused'], ['o.xhtml', 'refused'], ['p.xml', 'refused'], ['q.js', 'refused'], ['r.mjs', 'refused'],
    ['s.svgz', 'refused'], ['t.shtml', 'refused'], ['README', 'refused'], ['.png', 'refused'], ['u.png.html', 'refused'],
  ])('%s -> %s', (file, kind) => {
    expect(attachmentKind(file).kind).toBe(kind);
  });
});

describe('attachmentPath', () => {
  it.each([
    ['./a.png', './a.png'], ['a%20b.csv?x=1#y', 'a b.csv'], ['sub/c.html', 'sub/c.html'],
    ['https://example.org/a.html', null], ['//example.org/a.html', null], ['/standards/x', null], ['#top', null],
    ['./scs-0100-v1-a.md#x', null], ['./sub/', null], ['..', null], ['../', null], ['.', null], ['', null], ['mailto:x@example.org', null],
  ])('%s -> %s', (url, file) => {
    expect(attachmentPath(url)).toBe(file);
  });
});
