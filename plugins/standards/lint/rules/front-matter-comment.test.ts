import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

/** A valid Stable standard (lines 2–5) followed by `lines` from line 6, with `title: T` first unless they write a title. */
const lint = (lines: string[]) =>
  lintFixture(
    { 'scs-0100-v1-a.md': documentText([...standardFields({ title: null }), ...(lines.some((line) => line.startsWith('title:')) ? [] : ['title: T']), ...lines]) },
    { rules: ['front-matter-comment'] },
  );
const AFTER = '(YAML reads ` #` as the start of a comment, so';

describe('front-matter-comment', () => {
  it.each([
    ['a quoted value', ['title: "Sizes #1"']],
    ['a single-quoted value', ["title: 'Sizes #1'"]],
    ['a comment written as a comment', ['title: Sizes  # the working title']],
    ['a comment with one space and a space after #', ['title: Sizes # working title']],
    ['a `#` inside a word', ['title: C#, F# and more']],
    ['a comment of its own line', ['# title: old', 'title: Sizes']],
    ['a heading-like comment `##`', ['title: Sizes ##']],
    ['a block list with comments written as comments', ['authors:', '  - Team A   # the team', '  - "Team #2"']],
    ['a folded value', ['description: >-', '  Sizes #1 and more']],
  ])('accepts %s', async (_title, lines) => {
    expect(await lint(lines)).toEqual([]);
  });

  it.each([
    [
      'a title that loses `#1`',
      ['title: Something #1'],
      `scs-0100-v1-a.md:6:18 warning Unexpected comment \`#1\` after the value of \`title\` ${AFTER} the value is \`Something\`), expected the whole value in quotes if \`#1\` belongs to it: \`title: "Something #1"\``,
    ],
    [
      'a description that is only a hashtag',
      ['description: #sovereignty'],
      `scs-0100-v1-a.md:7:14 warning Unexpected comment \`#sovereignty\` after \`description:\` ${AFTER} \`description:\` has no value), expected the whole value in quotes if \`#sovereignty\` belongs to it: \`description: "#sovereignty"\``,
    ],
    [
      'an author in a block list',
      ['authors:', '  - Team A', '  - Team #blue'],
      `scs-0100-v1-a.md:9:10 warning Unexpected comment \`#blue\` after an item of \`authors\` ${AFTER} the value is \`Team\`), expected the whole value in quotes if \`#blue\` belongs to it: \`- "Team #blue"\``,
    ],
    [
      'a plain value over two lines',
      ['description: Sizes of', '  flavors #2'],
      `scs-0100-v1-a.md:8:11 warning Unexpected comment \`#2\` after the value of \`description\` ${AFTER} the value is \`Sizes of flavors\`), expected the whole value in quotes if \`#2\` belongs to it: \`description: "Sizes of flavors #2"\``,
    ],
    [
      'a replaces entry',
      ['replaces:', '  - scs-0100-v0-a.md #old'],
      `scs-0100-v1-a.md:8:22 warning Unexpected comment \`#old\` after an item of \`replaces\` ${AFTER} the value is \`scs-0100-v0-a.md\`), expected the whole value in quotes if \`#old\` belongs to it: \`- "scs-0100-v0-a.md #old"\``,
    ],
  ])('reports %s, with the quoted form', async (_title, lines, expected) => {
    expect(await lint(lines)).toEqual([expected]);
  });
});
