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
    ['10,000 lines', body('x\n'.repeat(9_997))],
    ['30,000 nodes', body('- a `b` c\n'.repeat(5_999))],
    ['5,000 headings', body('## h\n'.repeat(4_999))],
    ['20,000 runs of backticks', body(`${'`a` '.repeat(10_000)}\n`)],
    ['100 anchors and 100 aliases', documentText([...standardFields(), 'x:', ...Array.from({ length: 100 }, (_, i) => `  - &a${i} [*a${Math.max(0, i - 1)}]`).slice(1), '  - &a0 v'])],
  ])('accepts %s', async (_, content) => {
    expect((await lint(content)).filter((line) => line.includes('resource-limit') || line.includes('Unexpected'))).toEqual([]);
    // Inputs at a limit are the slowest that pass; on a shared two-core machine they need more than the default.
  }, 120_000);

  it.each([
    ['101 nested block quotes', body(`${'> '.repeat(101)}deep\n`), `11:1 error ${deep('block quotes, lists and directives', '101')}`],
    ['10,000 nested block quotes', body(`${'>'.repeat(10_000)} deep\n`), `11:1 error ${deep('block quotes, lists and directives', '10,000')}`],
    ['2,000 lists opened on one line', body(`${'1. '.repeat(1000)}${'* '.repeat(1000)}x\n`), `11:1 error ${deep('block quotes, lists and directives', '2,000')}`],
    ['2,000 nested directives', body(':::note\n'.repeat(2000)), `111:1 error ${deep('block quotes, lists and directives', '101')}`],
    ['directives in quotes in lists', body(`${':::tip\n'.repeat(60)}${'> - '.repeat(30)}x\n`), `71:1 error ${deep('block quotes, lists and directives', '120')}`],
    [
      'a line indented 201 columns',
      body(`${' '.repeat(201)}x\n`),
      `11:1 error Unexpected line indented 201 columns, expected at most 200 (indentation nests lists); ${NOT_CHECKED}`,
    ],
    [
      'tabs count four columns',
      body(`- a\n${'\t'.repeat(51)}- b\n`),
      `12:1 error Unexpected line indented 204 columns, expected at most 200 (indentation nests lists); ${NOT_CHECKED}`,
    ],
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
      body('![x ![y\n'.repeat(5_001)),
      `5011:2 error Unexpected more than 10,000 opening brackets (\`[\`) of links and images, expected fewer; ${NOT_CHECKED}`,
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
      body(`| a | b |\n| - | - |\n${'| x | y | x | y | x | y | x | y | x | y |\n'.repeat(9_091)}`),
      `9103:17 error Unexpected more than 100,000 table cell separators (\`|\`), expected fewer; ${NOT_CHECKED}`,
    ],
    // Lines of the body: it starts on line 8, so its 10,001st line is line 10,008 of the file.
    ['10,001 lines', body('x\n'.repeat(9_998)), `10008:1 error Unexpected more than 10,000 lines, expected fewer; ${NOT_CHECKED}`],
    ['10,001 lines without a final line break', body(`${'x\n'.repeat(9_997)}x`), `10008:1 error Unexpected more than 10,000 lines, expected fewer; ${NOT_CHECKED}`],
    [
      '30,001 nodes: a list of 6,000 items of five nodes each',
      body('- a `b` c\n'.repeat(6_000)),
      `6010:3 error Unexpected more than 30,000 Markdown nodes (elements and text), expected fewer; ${NOT_CHECKED}`,
    ],
    ['5,001 headings', body('## h\n'.repeat(5_000)), `5010:1 error Unexpected more than 5,000 headings, expected fewer; ${NOT_CHECKED}`],
    ['setext headings count as well', body(`${'## h\n'.repeat(4_000)}${'h\n-\n'.repeat(1_000)}`), `6009:1 error Unexpected more than 5,000 headings, expected fewer; ${NOT_CHECKED}`],
    [
      '20,001 runs of backticks',
      body(`${'`a` '.repeat(10_001)}\n`),
      `11:40001 error Unexpected more than 20,000 runs of backticks (\`\` \` \`\`), expected fewer; ${NOT_CHECKED}`,
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
