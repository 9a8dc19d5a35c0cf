import { describe, expect, it } from 'vitest';
import { isUnsafeUrl, rehypeSanitizeStandards } from './sanitize.js';

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[]; value?: string };
const element = (tagName: string, properties: Record<string, unknown> = {}, children: Node[] = []): Node => ({ type: 'element', tagName, properties, children });
const text = (value: string): Node => ({ type: 'text', value });

function sanitize(children: Node[]): Node {
  const tree: Node = { type: 'root', children };
  rehypeSanitizeStandards()(tree as never);
  return tree;
}

describe('rehypeSanitizeStandards', () => {
  it.each(['script', 'style', 'iframe', 'object', 'embed', 'base', 'link', 'meta', 'form'])('drops <%s> with its content', (tagName) => {
    expect(sanitize([element('p', {}, [text('a'), element(tagName, {}, [text('alert(1)')]), text('b')])])).toEqual({
      type: 'root',
      children: [element('p', {}, [text('a'), text('b')])],
    });
  });

  it('drops event handlers, style and script URLs, and keeps the rest', () => {
    const tree = sanitize([
      element('img', { src: 'x.png', alt: 'x', onError: 'alert(1)', onerror: 'alert(2)', style: 'position:fixed' }),
      element('a', { href: ' JaVaScRiPt:alert(1)', title: 't' }, [text('click')]),
      element('a', { href: 'https://example.org/' }, [text('ok')]),
      element('details', {}, [element('summary', {}, [text('more')])]),
    ]);
    expect(tree.children).toEqual([
      element('img', { src: 'x.png', alt: 'x' }),
      element('a', { title: 't' }, [text('click')]),
      element('a', { href: 'https://example.org/' }, [text('ok')]),
      element('details', {}, [element('summary', {}, [text('more')])]),
    ]);
  });

  it('cleans nested elements, e.g. a script inside an svg', () => {
    const tree = sanitize([element('div', {}, [element('svg', { onLoad: 'x' }, [element('script', {}, [text('x')])])])]);
    expect(tree.children).toEqual([element('div', {}, [element('svg', {}, [])])]);
  });
});

describe('isUnsafeUrl', () => {
  it.each([
    ['javascript:alert(1)', true],
    ['java\tscript:alert(1)', true],
    ['vbscript:x', true],
    ['data:text/html,<script>', true],
    ['data:image/svg+xml,<svg onload=x>', true],
    ['data:image/png;base64,AAAA', false],
    ['https://docs.scs.community/', false],
    ['/standards/scs-0100', false],
    ['#anchor', false],
  ])('%s -> %s', (url, unsafe) => {
    expect(isUnsafeUrl(url)).toBe(unsafe);
  });
});
