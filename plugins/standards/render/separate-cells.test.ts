import { evaluate } from '@mdx-js/mdx';
import React from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { rehypeSeparateCells, separateCells } from './separate-cells.js';

describe('separateCells', () => {
  it('ends cells, headers, captions and description items with one space, nested ones too', () => {
    const cell = (tagName: string, ...children: Root['children']) => ({ type: 'element' as const, tagName, properties: {}, children: children as never[] });
    const text = (value: string) => ({ type: 'text' as const, value });
    const tree: Root = {
      type: 'root',
      children: [
        cell('table', cell('caption', text('Cap')), cell('tr', cell('th', text('a')), cell('td', cell('code', text('b'))), cell('td'), cell('td', text('c '))), cell('tr', cell('td', cell('table', cell('tr', cell('td', text('inner'))))))),
        cell('dl', cell('dt', text('d')), cell('dd', text('e'))),
        cell('p', text('f')),
      ],
    };
    separateCells(tree);
    const flat = (node: Root['children'][number]): string => (node.type === 'text' ? node.value : node.type === 'element' ? `<${node.tagName}>${node.children.map(flat).join('')}` : '');
    expect(tree.children.map(flat).join('')).toBe('<table><caption>Cap <tr><th>a <td><code>b <td> <td>c <tr><td><table><tr><td>inner  <dl><dt>d <dd>e <p>f');
  });

  it('keeps the space through MDX, as the handbook is compiled', async () => {
    const { default: Content } = await evaluate('| Rule | Severity |\n| --- | --- |\n| `file-name` | error |\n', { ...runtime, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSeparateCells] });
    expect(renderToStaticMarkup(React.createElement(Content))).toContain('<th>Rule </th><th>Severity </th></tr></thead><tbody><tr><td><code>file-name</code> </td><td>error </td>');
  });
});
