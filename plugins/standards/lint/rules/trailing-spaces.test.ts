import { describe, expect, it } from 'vitest';
import { fileContext, formatFindings, withFrontMatter } from '../markdown-test-kit.js';
import { rule } from './trailing-spaces.js';

// The body starts on line 7 of the file (six lines of front matter).
const check = (body: string, frontMatter?: string) => formatFindings(rule.check(fileContext('scs-0101-v1-entropy.md', withFrontMatter(body, frontMatter))));

describe('trailing-spaces', () => {
  it.each([
    ['clean lines and a backslash break', 'One line\\\nnext line.\n'],
    ['code blocks, fenced and indented', '```text\nkeep   \n```\n\n    indented  \n'],
    ['a code span that continues on the next line', 'A `span  \ngoing on` here.\n'],
    ['front matter', 'Body.\n', 'title: Entropy   \ntype: Standard\nstatus: Draft\ntrack: IaaS'],
  ])('accepts %s', (_, body, frontMatter?: string) => {
    expect(check(body, frontMatter)).toEqual([]);
  });

  it.each([
    ['spaces after a paragraph, a heading and a table row, and a blank line of spaces', '## Heading \n\nText. \n   \n| a |  \n| - |\n', [
      '7:11 Unexpected 1 trailing space at the end of the line, expected none',
      '9:6 Unexpected 1 trailing space at the end of the line, expected none',
      '10:1 Unexpected 3 trailing spaces at the end of the line, expected none',
      '11:6 Unexpected 2 trailing spaces at the end of the line, expected none',
    ]],
    ['a hard line break made of spaces, and two spaces ending a paragraph', 'One line  \nnext line.  \n\nA tab\t\n', [
      '7:9 Unexpected 2 trailing spaces as a hard line break, expected a backslash `\\` at the end of the line',
      '8:11 Unexpected 2 trailing spaces at the end of the line, expected none',
      '10:6 Unexpected 1 trailing tab at the end of the line, expected none',
    ]],
    ['a line after a closed fence', '```\ncode\n```  \n\nText \n', [
      '11:5 Unexpected 1 trailing space at the end of the line, expected none',
    ]],
  ])('reports %s', (_, body, expected) => {
    expect(check(body)).toEqual(expected);
  });
});
