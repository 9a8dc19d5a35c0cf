import { describe, expect, it } from 'vitest';
import { fileContext, formatFindings, withFrontMatter } from '../markdown-test-kit.js';
import { rule } from './heading-levels.js';

const check = (body: string) => formatFindings(rule.check(fileContext('scs-0101-v1-entropy.md', withFrontMatter(body))));

describe('heading-levels', () => {
  it.each([
    ['headings that go down one level at a time', '## A\n\n### B\n\n#### C\n\n## D\n'],
    ['a jump back up by several levels', '## A\n\n### B\n\n#### C\n\n## D\n\n### E\n'],
    ['setext level-2 headings', 'A\n-\n\n### B\n'],
    ['no headings at all', 'Only text.\n'],
    ['a `#` inside a code block', '## A\n\n```sh\n# comment\n```\n'],
  ])('accepts %s', (_, body) => {
    expect(check(body)).toEqual([]);
  });

  it.each([
    ['a level-1 heading', '# Title again\n\n## A\n', ['7:1 Unexpected level-1 heading, expected level 2 or deeper: the title comes from the front matter']],
    ['a setext level-1 heading', 'Title\n=====\n', ['7:1 Unexpected level-1 heading, expected level 2 or deeper: the title comes from the front matter']],
    ['a first heading at level 3', '### A\n', ['7:1 Unexpected level-3 heading as the first heading, expected level 2']],
    ['a skipped level', '## A\n\n#### B\n\n### C\n', ['9:1 Unexpected level-4 heading after level 2, expected level 3 or less']],
    ['a skipped level inside a list', '## A\n\n- #### B\n', ['9:3 Unexpected level-4 heading after level 2, expected level 3 or less']],
  ])('reports %s', (_, body, expected) => {
    expect(check(body)).toEqual(expected);
  });
});
