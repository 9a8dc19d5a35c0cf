import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const lint = (text: string) => lintFixture({ 'scs-0100-v1-a.md': text }, { rules: ['front-matter-syntax'] });

describe('front-matter-syntax', () => {
  it.each([
    ['plain front matter', documentText(standardFields())],
    ['`---yaml`', documentText(standardFields()).replace(/^---/, '---yaml')],
    ['a `...` closing line', documentText(standardFields()).replace('\n---\n', '\n...\n')],
  ])('accepts %s', async (_, text) => {
    expect(await lint(text)).toEqual([]);
  });

  it.each([
    ['no front matter', '## Introduction\n', '1:1 error Missing front matter, expected the file to start with a `---` line, YAML fields, and a closing `---` line'],
    ['an unterminated block', '---\ntitle: A\n\n## Introduction\n', '1:1 error Unterminated front matter, expected a closing `---` line after the YAML fields'],
    [
      'JavaScript front matter',
      '---js\n{ title: "A" }\n---\n',
      '1:4 error Unexpected front-matter language `js`, expected YAML (a plain `---` line); front matter is data and is never run as code',
    ],
    ['a list', '---\n- title\n- type\n---\n', '2:1 error Unexpected list as front matter, expected a mapping of fields such as `title: …`'],
    ['a single value', '---\njust text\n---\n', '2:1 error Unexpected single value as front matter, expected a mapping of fields such as `title: …`'],
    ['an empty block', '---\n---\n', '1:1 error Empty front matter, expected YAML fields such as `title`, `type`, `status` and `track`'],
  ])('reports %s', async (_, text, expected) => {
    expect(await lint(text)).toEqual([`scs-0100-v1-a.md:${expected}`]);
  });

  it('reports invalid YAML on the line of the YAML error', async () => {
    const text = ['---', 'title: Example', 'type: Standard', 'status: [Draft', 'track: IaaS', '---', ''].join('\n');
    expect(await lint(text)).toEqual([
      'scs-0100-v1-a.md:4:9 error Unexpected unclosed `[` in the value of `status`, expected a closing `]` on the same line, or the value in quotes if it is text: `status: "[Draft"`',
    ]);
  });
});
