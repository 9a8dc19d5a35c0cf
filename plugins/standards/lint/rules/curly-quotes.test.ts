import { describe, expect, it } from 'vitest';
import { fileContext, formatFindings, withFrontMatter } from '../markdown-test-kit.js';
import { rule } from './curly-quotes.js';

// The body starts on line 7 of the file (six lines of front matter).
const check = (body: string, frontMatter?: string) => formatFindings(rule.check(fileContext('scs-0101-v1-entropy.md', withFrontMatter(body, frontMatter))));

describe('curly-quotes', () => {
  it.each([
    ['straight quotes', 'The "default" flavor isn\'t optional.\n'],
    ['curly quotes in code spans and blocks', 'Run `echo “hi”`.\n\n```text\nit’s ‘quoted’\n```\n\n    indented ‘code’\n'],
    ['curly quotes in raw HTML and in link targets', '<span title="“x”">a</span>\n\n[link](https://example.com/“x”)\n'],
    ['curly quotes in front matter', 'Body.\n', 'title: The “Entropy” standard\ntype: Standard\nstatus: Draft\ntrack: IaaS'],
    ['quotes written as character references', 'The &ldquo;default&rdquo; flavor.\n'],
  ])('accepts %s', (_, body, frontMatter?: string) => {
    expect(check(body, frontMatter)).toEqual([]);
  });

  it.each([
    ['double and single curly quotes, each with its replacement', 'The “default” flavor isn’t ‘optional’.\n', [
      '7:5 Unexpected curly quote `“`, expected `"`',
      '7:13 Unexpected curly quote `”`, expected `"`',
      '7:25 Unexpected curly quote `’`, expected `\'`',
      '7:28 Unexpected curly quote `‘`, expected `\'`',
      '7:37 Unexpected curly quote `’`, expected `\'`',
    ]],
    ['low and reversed quotes, in a heading, a list, a table and link text', '## „Low“\n\n- it‛s\n\n| a |\n| - |\n| ‚b‘ |\n\n[“text”](https://example.com)\n', [
      '7:4 Unexpected curly quote `„`, expected `"`',
      '7:8 Unexpected curly quote `“`, expected `"`',
      '9:5 Unexpected curly quote `‛`, expected `\'`',
      '13:3 Unexpected curly quote `‚`, expected `\'`',
      '13:5 Unexpected curly quote `‘`, expected `\'`',
      '15:2 Unexpected curly quote `“`, expected `"`',
      '15:7 Unexpected curly quote `”`, expected `"`',
    ]],
    ['a quote on the second line of a paragraph', 'First line\nsecond ”line\n', ['8:8 Unexpected curly quote `”`, expected `"`']],
  ])('reports %s', (_, body, expected) => {
    expect(check(body)).toEqual(expected);
  });
});
