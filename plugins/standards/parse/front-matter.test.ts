import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './front-matter.js';

const messages = (text: string) =>
  parseFrontMatter(text).findings.map((finding) => `${finding.span?.start.line}:${finding.span?.start.column} ${finding.ruleId} ${finding.message}`);

describe('parseFrontMatter', () => {
  it('keeps values as data and every field with its position', () => {
    const parsed = parseFrontMatter('---\ntitle: Entropy\nstabilized_at: 2024-02-08\nreplaces:\n  - scs-0101-v1-entropy.md\n---\n## Introduction\n');
    expect(parsed.fields.map(({ key, value, keySpan }) => [key, value, keySpan.start.line, keySpan.start.column])).toEqual([
      ['title', 'Entropy', 2, 1],
      ['stabilized_at', '2024-02-08', 3, 1],
      ['replaces', ['scs-0101-v1-entropy.md'], 4, 1],
    ]);
    expect(parsed.body).toBe('## Introduction\n');
    expect(parsed.bodyLine).toBe(7);
    expect(parsed.findings).toEqual([]);
  });

  it('keeps dates as the calendar day written (no time zone, no rollover)', () => {
    const parsed = parseFrontMatter('---\ndeprecated_at: 2023-02-30\nstabilized_at: 2024-12-31\n---\n');
    expect(parsed.fields.map((field) => field.value)).toEqual(['2023-02-30', '2024-12-31']);
  });

  it.each([
    ['no front matter', '## Title\n', ['1:1 front-matter-syntax Missing front matter, expected the file to start with a `---` line, YAML fields, and a closing `---` line']],
    ['an empty file', '', ['1:1 front-matter-syntax Missing front matter, expected the file to start with a `---` line, YAML fields, and a closing `---` line']],
    ['unterminated front matter', '---\ntitle: x\n## Body\n', ['1:1 front-matter-syntax Unterminated front matter, expected a closing `---` line after the YAML fields']],
    ['empty front matter', '---\n---\nbody\n', ['1:1 front-matter-syntax Empty front matter, expected YAML fields such as `title`, `type`, `status` and `track`']],
    ['a list', '---\n- a\n- b\n---\n', ['2:1 front-matter-syntax Unexpected list as front matter, expected a mapping of fields such as `title: …`']],
    ['a scalar', '---\njust text\n---\n', ['2:1 front-matter-syntax Unexpected single value as front matter, expected a mapping of fields such as `title: …`']],
    ['invalid YAML, with its line', '---\ntitle: x\ntype: [Standard\n---\n', ['3:7 front-matter-syntax Unexpected unclosed `[` in the value of `type`, expected a closing `]` on the same line, or the value in quotes if it is text: `type: "[Standard"`']],
    ['a duplicate key', '---\ntitle: a\ntrack: IaaS\ntitle: b\n---\n', ['4:1 front-matter-duplicate-key Unexpected duplicate key `title` (first written on line 2), expected each front-matter field once: keep one `title` line']],
    ['JavaScript', '---js\nmodule.exports = { title: "x" }\n---\n', ['1:4 front-matter-syntax Unexpected front-matter language `js`, expected YAML (a plain `---` line); front matter is data and is never run as code']],
    ['JavaScript in capitals', '---JavaScript\n{}\n---\n', ['1:4 front-matter-syntax Unexpected front-matter language `JavaScript`, expected YAML (a plain `---` line); front matter is data and is never run as code']],
    ['TOML', '---toml\ntitle = "x"\n---\n', ['1:4 front-matter-syntax Unexpected front-matter language `toml`, expected YAML (a plain `---` line); front matter is data and is never run as code']],
  ])('reports %s', (_, text, expected) => {
    expect(messages(text)).toEqual(expected);
  });

  it('reads the other fields when the YAML of one is broken, and lists the broken one as unreadable', () => {
    const parsed = parseFrontMatter('---\ntitle: Sizes: second edition\ntype: Standard\nauthors:\n  - A\n  - B\nreplaces: [scs-0100-v1-a.md\nstatus: Stable\n---\nbody\n');
    expect(parsed.findings.map((finding) => `${finding.span?.start.line} ${finding.ruleId}`)).toEqual(['2 front-matter-syntax', '7 front-matter-syntax']);
    expect(parsed.fields.map(({ key, value, keySpan }) => [key, value, keySpan.start.line])).toEqual([
      ['type', 'Standard', 3],
      ['authors', ['A', 'B'], 4],
      ['status', 'Stable', 8],
    ]);
    expect(parsed.unreadable.map(({ key, keySpan }) => [key, keySpan.start.line])).toEqual([
      ['title', 2],
      ['replaces', 7],
    ]);
  });

  it('accepts an explicit yaml language, a BOM and CRLF line endings without shifting positions', () => {
    const parsed = parseFrontMatter('\ufeff---yaml\r\ntitle: x\r\ntrack: IaaS\r\n---\r\nbody\r\n');
    expect(parsed.findings).toEqual([]);
    expect(parsed.fields.map(({ key, value, valueSpan }) => [key, value, valueSpan.start.line])).toEqual([
      ['title', 'x', 2],
      ['track', 'IaaS', 3],
    ]);
    expect(parsed.body).toBe('body\n');
    expect(parsed.bodyLine).toBe(5);
  });

  it('stops a YAML alias bomb quickly with one finding', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 12; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const started = performance.now();
    const parsed = parseFrontMatter(`---\n${levels.join('\n')}\n---\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(parsed.findings).toHaveLength(1);
    expect(parsed.findings[0]!.message).toContain('Excessive alias count');
  });
});

// The body is cut from the text (one copy of each document in memory), and must read exactly as the lines after
// the closing `---` joined again.
describe('the body after the front matter', () => {
  it.each([
    ['ends at the closing line', '---\ntitle: x\n---', ''],
    ['is one empty line', '---\ntitle: x\n---\n', ''],
    ['starts with empty lines', '---\ntitle: x\n---\n\n\n# Heading\n', '\n\n# Heading\n'],
    ['has no final newline', '---\ntitle: x\n---\ntext', 'text'],
    ['holds more `---` lines', '---\ntitle: x\n---\n---\nnot: front matter\n---\n', '---\nnot: front matter\n---\n'],
    ['comes after CRLF lines and a BOM', '\ufeff---\r\ntitle: x\r\n---\r\na\r\nb\rc\n', 'a\nb\nc\n'],
    ['follows a closing line with spaces after it', '---\ntitle: x\n---  \nbody\n', 'body\n'],
    ['follows empty front matter', '---\n---\nbody\n', 'body\n'],
    ['follows another language', '---js\nx = 1\n---\nbody\n', 'body\n'],
  ])('%s', (_name, text, body) => {
    const parsed = parseFrontMatter(text);
    expect(parsed.body).toBe(body);
    const lines = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split('\n');
    expect(parsed.body).toBe(lines.slice(parsed.bodyLine - 1).join('\n'));
  });
});
