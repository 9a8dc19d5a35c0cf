import type { Html } from 'mdast';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../render/body.js';
import { parseWithAdmonitions } from '../render/admonitions.js';
import { visitNodes } from './markdown.js';
import { parseMarkdown } from './markdown-parse.js';
import { buildOutline } from './outline.js';
import { firstUnclosed, unclosedHtmlOf } from './unclosed-html.js';

const recorded = (markdown: string) => {
  const found: string[] = [];
  visitNodes(parseMarkdown(markdown), (node) => {
    const unclosed = node.type === 'html' ? unclosedHtmlOf(node as Html) : undefined;
    if (unclosed) found.push(`${unclosed.line}:${unclosed.column} ${unclosed.construct}`);
  });
  return found;
};

/** All text of the rendered page, in order. */
const pageText = (markdown: string) => JSON.stringify(renderBody(markdown).nodes);

describe('firstUnclosed', () => {
  it.each([
    ['<style>a{}</style>', null],
    ['<div><p>x</div>', null],
    ['<!-- closed -->', null],
    ['<style>', '<style>'],
    ['<div>\n<NOSCRIPT>', '<noscript>'],
    ['<template><p>x</p>', '<template>'],
    ['<p>a <title>b', '<title>'],
    ['<textarea>', '<textarea>'],
    ['<xmp>', '<xmp>'],
    ['<iframe src="x">', '<iframe>'],
    ['<noembed>', '<noembed>'],
    ['<noframes>', '<noframes>'],
    ['<plaintext>', '<plaintext>'],
    ['<select><option>', '<select>'],
    ['<script>if (a < b) {', '<script>'],
    ['<!-- open', '<!--'],
    ['<div title="x', '<'],
    ['<math><![CDATA[ x', '<![CDATA['],
  ])('%j -> %s', (value, construct) => {
    expect(firstUnclosed(value)?.construct ?? null).toBe(construct);
  });

  it('counts an element closed by later HTML of the same paragraph as closed', () => {
    expect(firstUnclosed('<title>', 'x</title>')).toBeNull();
    expect(firstUnclosed('<title>', '</b>')?.construct).toBe('<title>');
  });
});

describe('cutting unclosed HTML out of the Markdown tree', () => {
  it.each([
    ['<style>', 'Intro\n\n<style>\n\n## Later\n\nAfter the style.\n', ['3:1 <style>']],
    ['<script> in a list item', '- item <script>\n\n## Later\n\nAfter the script.\n', ['1:8 <script>']],
    ['<noscript>', '<noscript>\n\n## Later\n\nAfter the noscript.\n', ['1:1 <noscript>']],
    ['<template> in a block', '<div><template>\n\n## Later\n\nAfter the template.\n', ['1:6 <template>']],
    ['<textarea> with text after it', '<textarea>some text\n\n## Later\n\nAfter the textarea.\n', ['1:1 <textarea>']],
    ['a comment', '<!-- never closed\n\n## Later\n\nAfter the comment.\n', ['1:1 <!--']],
    ['<plaintext> inside a quote', '> <plaintext>\n\n## Later\n\nAfter the plaintext.\n', ['1:3 <plaintext>']],
    ['<select> inline', 'Pick <select> one\n\n## Later\n\nAfter the select.\n', ['1:6 <select>']],
    ['<title> twice, nested in a block', '<div>\n<title>\n</div>\n\n<xmp>\n\n## Later\n\nAfter the title.\n', ['2:1 <title>', '5:1 <xmp>']],
  ])('%s: the later section is in the tree, the outline and the page', (_, markdown, expected) => {
    expect(recorded(markdown)).toEqual(expected);
    expect(buildOutline(parseMarkdown(markdown)).headings.map((heading) => heading.text)).toContain('Later');
    const text = pageText(markdown);
    expect(text).toContain('"h2",{"id":"later"},"Later"');
    expect(text).toMatch(/After the \w+\./);
  });

  it('keeps lines of what it reads again as the file\'s', () => {
    const tree = parseMarkdown('<style>\n\n## Later\n\ntext\n');
    const heading = tree.children.find((node) => node.type === 'heading');
    expect(heading?.position?.start).toMatchObject({ line: 3, column: 1 });
  });

  it('does the same for documents with admonitions', () => {
    const tree = parseWithAdmonitions(':::note\nx\n:::\n\n<style>\n\n## Later\n');
    expect(tree.children.some((node) => node.type === 'heading')).toBe(true);
  });
});
