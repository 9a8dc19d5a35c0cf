import { describe, expect, it } from 'vitest';
import { fileContext, formatFindings, withFrontMatter } from '../markdown-test-kit.js';
import { rule } from './double-hyphen.js';

// The body starts on line 7 of the file (six lines of front matter).
const check = (body: string, frontMatter?: string) => formatFindings(rule.check(fileContext('scs-0101-v1-entropy.md', withFrontMatter(body, frontMatter))));

describe('double-hyphen', () => {
  it.each([
    ['a table delimiter row', '| a | b |\n|--|--|\n| x | y |\n\n| c |\n| -- |\n| z |\n'],
    ['a cell or list item that only says "none"', '| a | b |\n| - | - |\n| x | -- |\n\n- --\n'],
    ['command-line options in prose and code', 'Pass --write-baseline, or `npm run lint -- --no-cache`.\n\n```bash\nfoo -- bar\n```\n'],
    ['thematic breaks, front matter and longer runs', '---\n\nA --- B and a ---- rule.\n\n***\n', 'title: A -- B\ntype: Standard\nstatus: Draft\ntrack: IaaS'],
    ['URLs', 'See <https://example.com/a--b> and https://example.com/c--d and [x](https://example.com/e--f).\n'],
    ['a single hyphen and an en dash', 'Flavors – and only flavors - count.\n'],
    ['hyphens in HTML comments', '<!-- a comment -- with hyphens -->\n'],
  ])('accepts %s', (_, body, frontMatter?: string) => {
    expect(check(body, frontMatter)).toEqual([]);
  });

  it.each([
    ['a spaced dash and one between words', 'Flavors -- the small ones -- count.\nWell--almost.\n', [
      '7:9 Unexpected `--` used as a dash, expected an en dash `–`',
      '7:27 Unexpected `--` used as a dash, expected an en dash `–`',
      '8:5 Unexpected `--` used as a dash, expected an en dash `–`',
    ]],
    ['dashes at the start and end of a line, in a heading, a cell and link text', '## Scope -- IaaS\n\nText\n-- continued, then a dash --\nend.\n\n| a |\n| - |\n| x -- y |\n\n[a -- b](https://example.com)\n', [
      '7:10 Unexpected `--` used as a dash, expected an en dash `–`',
      '10:1 Unexpected `--` used as a dash, expected an en dash `–`',
      '10:27 Unexpected `--` used as a dash, expected an en dash `–`',
      '15:5 Unexpected `--` used as a dash, expected an en dash `–`',
      '17:4 Unexpected `--` used as a dash, expected an en dash `–`',
    ]],
  ])('reports %s', (_, body, expected) => {
    expect(check(body)).toEqual(expected);
  });
});
