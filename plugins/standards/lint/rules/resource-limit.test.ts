import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

// The body starts on line 9: `---`, five fields, `---`, an empty line.
const lint = (content: string) => lintFixture({ 'scs-0100-v1-a.md': content }, { rules: ['resource-limit', 'heading-levels'] });
const body = (markdown: string) => documentText(standardFields(), `## Introduction\n\n${markdown}`);
const NOT_CHECKED = 'the Markdown was not checked further and cannot be rendered';
const deep = (what: string, depth: string, limit = 100) => `Unexpected ${what} nested ${depth} levels deep, expected at most ${limit}; ${NOT_CHECKED}`;

describe('resource-limit', () => {
  it.each([
    ['an ordinary document', body('> quoted\n>\n> > twice\n\n- a\n  - b\n    - c\n\n*em* **strong** ~~gone~~ [^1]\n\n[^1]: note\n')],
    ['10,000 brackets', body(`${'[a] '.repeat(10_000)}\n`)],
    ['20,000 angle brackets', body(`${'<br>'.repeat(20_000)}\n`)],
    ['2,000 addresses', body(`${'www.a.b '.repeat(2_000)}\n`)],
    ['100 nested block quotes', body(`${'> '.repeat(100)}deep\n`)],
    ['a thematic break of 300 markers', body(`${'- '.repeat(300)}\n`)],
    ['5,000 emphasis runs', body(`${'*a* '.repeat(2500)}\n`)],
    ['1,000 footnote markers', body(`${Array.from({ length: 500 }, (_, i) => `[^${i}]`).join(' ')}\n\n${Array.from({ length: 500 }, (_, i) => `[^${i}]: n`).join('\n')}\n`)],
    ['a table of 50,000 cells', body(`|${' a |'.repeat(100)}\n|${' - |'.repeat(100)}\n${'| x |\n'.repeat(499)}`)],
    ['100 anchors and 100 aliases', documentText([...standardFields(), 'x:', ...Array.from({ length: 100 }, (_, i) => `  - &a${i} [*a${Math.max(0, i - 1)}]`).slice(1), '  - &a0 v'])],
  ])('accepts %s', async (_, content) => {
    expect((await lint(content)).filter((line) => line.includes('resource-limit') || line.includes('Unexpected'))).toEqual([]);
  });

  it.each([
    ['101 nested block quotes', body(`${'> '.repeat(101)}deep\n`), `11:1 error ${deep('block quotes, lists and directives', '101')}`],
    ['10,000 nested block quotes', body(`${'>'.repeat(10_000)} deep\n`), `11:1 error ${deep('block quotes, lists and directives', '10,000')}`],
    ['2,000 lists opened on one line', body(`${'1. '.repeat(1000)}${'* '.repeat(1000)}x\n`), `11:1 error ${deep('block quotes, lists and directives', '2,000')}`],
    ['2,000 nested directives', body(':::note\n'.repeat(2000)), `111:1 error ${deep('block quotes, lists and directives', '101')}`],
    ['directives in quotes in lists', body(`${':::tip\n'.repeat(60)}${'> - '.repeat(30)}x\n`), `71:1 error ${deep('block quotes, lists and directives', '120')}`],
    [
      'lists nested by indentation',
      body(Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')),
      `85:151 error ${deep('Markdown elements', '151', 150)}`,
    ],
    ['2,000 nested HTML elements', body(`${'<div>'.repeat(2000)}\n\nx\n`), `11:1 error ${deep('Markdown and HTML elements', '151', 150)}`],
    [
      'nested HTML elements over several blocks',
      body(`${'<section class="a>b">\n\n'.repeat(120)}${'<span>'.repeat(40)}\n`),
      `251:169 error ${deep('Markdown and HTML elements', '151', 150)}`,
    ],
    ['nested HTML elements in nested quotes', body(`${'> '.repeat(90)}${'<b>'.repeat(70)}\n`), `11:355 error ${deep('Markdown and HTML elements', '151', 150)}`],
    [
      '5,001 emphasis runs',
      body(`${'*a'.repeat(5_001)}\n`),
      `11:10001 error Unexpected more than 5,000 runs of emphasis markers (\`*\`, \`_\`, \`~\`), expected fewer; ${NOT_CHECKED}`,
    ],
    [
      'underscores and tildes count as well',
      body(`${'_a ~b '.repeat(2501)}\n`),
      `11:15001 error Unexpected more than 5,000 runs of emphasis markers (\`*\`, \`_\`, \`~\`), expected fewer; ${NOT_CHECKED}`,
    ],
    [
      '1,001 footnote references',
      body(`${'[^a] '.repeat(1001)}\n\n[^a]: note\n`),
      `11:5001 error Unexpected more than 1,000 footnote markers (\`[^\`), expected fewer; ${NOT_CHECKED}`,
    ],
    [
      '10,001 opening brackets',
      body(`${'[a'.repeat(10_001)}\n`),
      `11:20001 error Unexpected more than 10,000 opening brackets (\`[\`) of links and images, expected fewer; ${NOT_CHECKED}`,
    ],
    [
      '10,001 image openers over many lines',
      body('![x\n'.repeat(10_001)),
      `10011:2 error Unexpected more than 10,000 opening brackets (\`[\`) of links and images, expected fewer; ${NOT_CHECKED}`,
    ],
    [
      '20,001 angle brackets',
      body(`${'<'.repeat(20_001)}\n`),
      `11:20001 error Unexpected more than 20,000 angle brackets (\`<\`) of HTML and autolinks, expected fewer; ${NOT_CHECKED}`,
    ],
    [
      '2,001 web and e-mail addresses',
      body(`${'www.a.b x@y.z http://q HTTPS://r '.repeat(501)}\n`),
      `11:16501 error Unexpected more than 2,000 web addresses and e-mail addresses (\`www.\`, \`http://\`, \`https://\`, \`@\`), expected fewer; ${NOT_CHECKED}`,
    ],
    [
      '100,001 table cell separators',
      body(`| a | b |\n| - | - |\n${'| x | y |\n'.repeat(33_333)}|\n`),
      `33344:5 error Unexpected more than 100,000 table cell separators (\`|\`), expected fewer; ${NOT_CHECKED}`,
    ],
    [
      'a wide header over many short rows',
      body(`|${'a|'.repeat(5000)}\n|${'-|'.repeat(5000)}\n${'x\n'.repeat(20)}`),
      `11:1 error Unexpected more than 50,000 table cells (every row as wide as its header), expected fewer; ${NOT_CHECKED}`,
    ],
    [
      'many tables that are too many cells together',
      body(`${`|${' a |'.repeat(50)}\n|${' - |'.repeat(50)}\n${'| x |\n'.repeat(99)}\n`.repeat(11)}`),
      `1031:1 error Unexpected more than 50,000 table cells (every row as wide as its header), expected fewer; ${NOT_CHECKED}`,
    ],
    [
      '101 anchors in front matter',
      documentText([...standardFields(), 'x:', ...Array.from({ length: 101 }, (_, i) => `  - &a${i} v`)]),
      '108:5 error Unexpected more than 100 anchors (`&name`) in front matter, expected fewer; the front matter was not read',
    ],
    [
      '101 aliases in front matter, one per field',
      documentText([...standardFields(), 'base: &a v', ...Array.from({ length: 101 }, (_, i) => `k${i}: *a`)]),
      '108:7 error Unexpected more than 100 aliases (`*name`) in front matter, expected fewer; the front matter was not read',
    ],
    [
      'flow collections 101 deep',
      documentText([...standardFields(), `x: ${'['.repeat(101)}${']'.repeat(101)}`]),
      '7:104 error Unexpected more than 100 flow collections (`[`, `{`) inside one another in front matter, expected fewer; the front matter was not read',
    ],
  ])('reports %s', async (_, content, expected) => {
    expect(await lint(content)).toEqual([`scs-0100-v1-a.md:${expected}`]);
  });

  it('still runs the rules on the front matter of a file whose Markdown is over a limit', async () => {
    const content = documentText(standardFields({ status: 'Final' }), `## Introduction\n\n${'> '.repeat(200)}x\n`);
    expect(await lintFixture({ 'scs-0100-v1-a.md': content }, { rules: ['resource-limit', 'front-matter-value', 'markdown-style'] })).toEqual([
      'scs-0100-v1-a.md:4:9 error Unexpected `Final` for `status`, expected one of `Draft`, `Stable`, `Deprecated`, `Rejected`',
      `scs-0100-v1-a.md:11:1 error ${deep('block quotes, lists and directives', '200')}`,
    ]);
  });
});
