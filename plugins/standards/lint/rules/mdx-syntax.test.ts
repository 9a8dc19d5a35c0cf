import { describe, expect, it } from 'vitest';
import { fileContext, formatFindings, withFrontMatter } from '../markdown-test-kit.js';
import { rule } from './mdx-syntax.js';

// The body starts on line 7 of the file (six lines of front matter).
const check = (body: string) => formatFindings(rule.check(fileContext('scs-0101-v1-entropy.md', withFrontMatter(body))));

describe('mdx-syntax', () => {
  it.each([
    ['code blocks and code spans', '```js\nimport x from "y";\nconst a = {b};\n```\n\nThe key `{name}` and `<Tabs>`.\n'],
    ['escaped braces', 'A set \\{a, b\\} and \\{x}.\n'],
    ['a custom heading id', '## Name syntax {#name-syntax}\n'],
    ['the words import and export inside a sentence', 'Providers import images and export\nvolumes.\n\nimportant: imports are fine.\n'],
    ['lower-case HTML', '<details>\n<summary>More</summary>\n\nText.\n\n</details>\n'],
    ['a lone brace', 'An opening { without a closing one.\n'],
  ])('accepts %s', (_, body) => {
    expect(check(body)).toEqual([]);
  });

  it.each([
    ['import and export lines', 'import Tabs from "@theme/Tabs";\n\nexport const x = 1;\n\nexport {y};\n', [
      '7:1 Unexpected MDX `import` statement, expected Markdown: the portal renders standards as Markdown, so this line shows as text',
      '9:1 Unexpected MDX `export` statement, expected Markdown: the portal renders standards as Markdown, so this line shows as text',
      '11:1 Unexpected MDX `export` statement, expected Markdown: the portal renders standards as Markdown, so this line shows as text',
      '11:8 Unexpected MDX expression `{y}`, expected Markdown text: the portal shows it as written; put it in a code span or write `\\{`',
    ]],
    ['expressions in text, in a list and a heading', 'The value is {props.value}.\n\n- item {1 + 1} and *{a}*\n\n## Heading {title}\n', [
      '7:14 Unexpected MDX expression `{props.value}`, expected Markdown text: the portal shows it as written; put it in a code span or write `\\{`',
      '9:8 Unexpected MDX expression `{1 + 1}`, expected Markdown text: the portal shows it as written; put it in a code span or write `\\{`',
      '9:21 Unexpected MDX expression `{a}`, expected Markdown text: the portal shows it as written; put it in a code span or write `\\{`',
      '11:12 Unexpected MDX expression `{title}`, expected Markdown text: the portal shows it as written; put it in a code span or write `\\{`',
    ]],
    ['a long expression, shortened', 'See {someObject.withAVeryLongPropertyName.andMore}.\n', [
      '7:5 Unexpected MDX expression `{someObject.withAVeryLongPro…}`, expected Markdown text: the portal shows it as written; put it in a code span or write `\\{`',
    ]],
    ['JSX components, block and inline', '<Tabs groupId="x">\n<TabItem value="a">\n\nText.\n\n</TabItem>\n</Tabs>\n\nInline <Badge.Small /> here.\n', [
      '7:1 Unexpected JSX component `<Tabs>`, expected Markdown or plain HTML: the portal renders standards as Markdown and runs no components',
      '8:1 Unexpected JSX component `<TabItem>`, expected Markdown or plain HTML: the portal renders standards as Markdown and runs no components',
      '15:8 Unexpected JSX component `<Badge.Small>`, expected Markdown or plain HTML: the portal renders standards as Markdown and runs no components',
    ]],
  ])('reports %s', (_, body, expected) => {
    expect(check(body)).toEqual(expected);
  });
});
