import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.js';
import { formatMarkdown, MARKDOWN_ROW_LIMIT } from './format-markdown.js';
import { FORMATS } from './formatters.js';
import { markdownCode, markdownEscape, markdownMessage } from './markdown-text.js';

const diagnostic = (message: string, overrides: Partial<Diagnostic> = {}): Diagnostic => ({
  file: 'Standards/scs-0101-v1-entropy.md',
  line: 7,
  column: 3,
  severity: 'error',
  ruleId: 'link-target',
  message,
  ...overrides,
});

function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

function nodeTypes(tree: Nodes, found = new Set<string>()): Set<string> {
  found.add(tree.type);
  if ('children' in tree) for (const child of tree.children) nodeTypes(child, found);
  return found;
}

// What a document can put into a message: each must arrive as text, never as markup.
const HOSTILE = [
  'Unexpected link `![x](https://tracker.example/p.png)`, expected a document',
  'Unexpected heading ![x](https://tracker.example/p.png) here',
  'Unexpected <img src=x onerror=alert(1)> and <script>alert(1)</script>',
  'Unexpected [click](javascript:alert(1)) and [ref][1]\n\n[1]: https://evil.example',
  'Unexpected cell | one | two |, expected `a | b`',
  'Unexpected ``double`` and ` `` ` ticks',
  'Unexpected *emphasis* _and_ ~~strike~~ # heading',
  'Unexpected line\nbreak\r\nand \u001b[31mred\u001b[0m and \u202eoverride',
];

describe('the markdown format', () => {
  it('is one of the formats of --format', () => {
    expect(FORMATS.markdown).toBe(formatMarkdown);
  });

  it('writes a title line with the counts, and a table of every finding', () => {
    const output = formatMarkdown(
      [diagnostic('Unexpected status `Draft`, expected `Stable`'), diagnostic('Unexpected trailing space, expected none', { severity: 'warning', line: 12, column: 1, ruleId: 'markdown-style' })],
      3,
      null,
    );
    expect(output).toBe(
      [
        '### Standards lint: 1 error, 1 warning in 3 files',
        '',
        '| File | Line | Severity | Message | Rule |',
        '| --- | ---: | --- | --- | --- |',
        '| `Standards/scs-0101-v1-entropy.md` | 7:3 | error | Unexpected status `Draft`\\, expected `Stable` | `link-target` |',
        '| `Standards/scs-0101-v1-entropy.md` | 12:1 | warning | Unexpected trailing space\\, expected none | `markdown-style` |',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatMarkdown([], 12, null)).toBe('### Standards lint: 0 errors, 0 warnings in 12 files\n');
  });

  it('keeps what documents wrote as text: no image, link, HTML or emphasis, one row per finding with five cells', () => {
    const output = formatMarkdown(HOSTILE.map((message) => diagnostic(message)), 1, null);
    const tree = parse(output);
    const types = nodeTypes(tree);
    for (const type of ['image', 'link', 'linkReference', 'imageReference', 'html', 'emphasis', 'strong', 'delete', 'heading', 'definition']) {
      if (type === 'heading') continue; // the title is a heading of our own, checked below
      expect(types.has(type), type).toBe(false);
    }
    expect(tree.children.filter((node) => node.type === 'heading')).toHaveLength(1);
    const table = tree.children.find((node) => node.type === 'table');
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') return;
    expect(table.children).toHaveLength(HOSTILE.length + 1);
    for (const row of table.children) expect(row.children).toHaveLength(5);
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
  });

  it('escapes every punctuation character of plain text and picks a fence longer than any backtick run', () => {
    expect(markdownEscape('a*b_c [d](e) <f> |g| `h` & i.j!')).toBe('a\\*b\\_c \\[d\\]\\(e\\) \\<f\\> \\|g\\| \\`h\\` \\& i\\.j\\!');
    expect(markdownCode('plain')).toBe('`plain`');
    expect(markdownCode('has ` one')).toBe('``has ` one``');
    expect(markdownCode('`edge')).toBe('`` `edge ``');
    expect(markdownCode('a | b')).toBe('`a \\| b`');
    expect(markdownMessage('Unexpected `x`, expected `y`')).toBe('Unexpected `x`\\, expected `y`');
  });

  it('lists at most MARKDOWN_ROW_LIMIT rows and says how many more there are', () => {
    const many = Array.from({ length: MARKDOWN_ROW_LIMIT + 5 }, (_, index) => diagnostic(`Unexpected thing ${index}, expected none`));
    const output = formatMarkdown(many, 1, null);
    expect(output.split('\n').filter((line) => line.startsWith('| `Standards/'))).toHaveLength(MARKDOWN_ROW_LIMIT);
    expect(output).toContain('5 more findings are not listed here; the job log has all of them.');
  });

  it('adds what the baseline did', () => {
    const output = formatMarkdown([], 2, {
      file: 'standards-lint.baseline.json',
      suppressed: [diagnostic('Unexpected old problem, expected none')],
      stale: [{ file: 'Standards/scs-0101-v1-entropy.md', ruleId: 'link-target', fingerprint: 'f', count: 1, message: 'Unexpected [gone](x), expected none' }],
    });
    expect(output).toContain('- `Standards/scs-0101-v1-entropy.md`: ');
    expect(output).toContain('(`link-target`)');
    expect(nodeTypes(parse(output)).has('link')).toBe(false);
    expect(output).toContain('1 finding suppressed');
  });
});
