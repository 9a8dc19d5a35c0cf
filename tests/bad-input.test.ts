// Issue #2, section 5: bad input becomes a diagnostic, never a crash, and a
// broken file never hides the problems of the others. Every case lints a
// folder with the bad file next to a good one that has one known warning.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../plugins/standards/lint/testing.js';

const RULES = [
  'file-name',
  'file-encoding',
  'file-size',
  'file-symlink',
  'front-matter-syntax',
  'front-matter-duplicate-key',
  'front-matter-unknown-key',
  'front-matter-value',
  'front-matter-required',
  'track-matches-number',
];
const GOOD = { 'scs-0101-v1-good.md': documentText([...standardFields(), 'state: Draft']) };
const GOOD_WARNING = 'scs-0101-v1-good.md:7:1 warning Unexpected unknown key `state`, did you mean `status`?';
const BAD = 'scs-0100-v1-bad.md';

async function lintBad(content: string | Uint8Array, options: { maxFileBytes?: number; fileName?: string } = {}): Promise<string[]> {
  const diagnostics = await lintFixture(
    { ...GOOD, [options.fileName ?? BAD]: content },
    { rules: RULES, ...(options.maxFileBytes ? { options: { maxFileBytes: options.maxFileBytes } } : {}) },
  );
  // The good file's warning must survive whatever the bad file does.
  expect(diagnostics).toContain(GOOD_WARNING);
  return diagnostics.filter((line) => line !== GOOD_WARNING);
}

describe('bad input', () => {
  it.each([
    ['no front matter', '## Introduction\n\nText.\n', [`${BAD}:1:1 error Missing front matter, expected the file to start with a \`---\` line, YAML fields, and a closing \`---\` line`]],
    ['an empty file', '', [`${BAD}:1:1 error Missing front matter, expected the file to start with a \`---\` line, YAML fields, and a closing \`---\` line`]],
    ['unterminated front matter', '---\ntitle: A\ntype: Standard\n\n## Introduction\n', [`${BAD}:1:1 error Unterminated front matter, expected a closing \`---\` line after the YAML fields`]],
    ['a list as front matter', '---\n- a\n- b\n---\n', [`${BAD}:2:1 error Unexpected list as front matter, expected a mapping of fields such as \`title: …\``]],
    ['a scalar as front matter', '---\n42\n---\n', [`${BAD}:2:1 error Unexpected single value as front matter, expected a mapping of fields such as \`title: …\``]],
    [
      'wrong types',
      documentText(standardFields({ title: '[a, b]', replaces: '5' })),
      [
        `${BAD}:2:8 error Unexpected list for \`title\`, expected text, e.g. \`title: SCS Flavor Naming Standard\``,
        `${BAD}:7:11 error Unexpected number \`5\` for \`replaces\`, expected a list of file names, e.g. \`replaces: [scs-0100-v2-flavor-naming.md]\``,
      ],
    ],
    [
      'an invalid date',
      documentText(standardFields({ stabilized_at: '2023-02-30' })),
      [`${BAD}:6:16 error Unexpected \`2023-02-30\` for \`stabilized_at\`, expected a day that exists in the calendar`],
    ],
    [
      'duplicate keys',
      documentText([...standardFields(), 'title: Again']),
      [`${BAD}:7:1 error Unexpected duplicate key \`title\` (first written on line 2), expected each front-matter field once: keep one \`title\` line`],
    ],
  ])('reports %s', async (_, content, expected) => {
    expect(await lintBad(content)).toEqual(expected);
  });

  it('reports invalid YAML on the line where the author made the mistake, naming the field', async () => {
    const content = ['---', 'title: A', 'type: Standard', 'status: "Draft', 'track: IaaS', '---', ''].join('\n');
    // The parser notices the quote opened on line 4 only where the YAML ends, on line 5; the author needs line 4.
    expect(await lintBad(content)).toEqual([`${BAD}:4:9 error Unexpected unterminated " quote in the value of \`status\`, expected a closing " at the end of the value on the same line`]);
  });

  describe('front matter in another language is refused, never run', () => {
    let folder: string;
    beforeAll(async () => {
      folder = await mkdtemp(path.join(tmpdir(), 'scs-pwned-'));
    });
    afterAll(() => rm(folder, { recursive: true, force: true }));

    it.each(['js', 'javascript', 'JS', 'coffee', 'toml'])('---%s', async (language) => {
      const marker = path.join(folder, `written-by-${language}`);
      const code =
        language === 'toml'
          ? `title = "A"\n# ${marker}`
          : `{ title: require("fs").writeFileSync(${JSON.stringify(marker)}, "pwned") || "A", type: (globalThis.pwned = true) }`;
      expect(await lintBad(`---${language}\n${code}\n---\n\n## Introduction\n`)).toEqual([
        `${BAD}:1:4 error Unexpected front-matter language \`${language}\`, expected YAML (a plain \`---\` line); front matter is data and is never run as code`,
      ]);
      expect(existsSync(marker)).toBe(false);
      expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    });
  });

  it('bounds a YAML alias bomb in time and memory', async () => {
    const bomb = [
      '---',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(',')}]`),
      'title: *i',
      '---',
      '',
    ].join('\n');
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const diagnostics = await lintBad(bomb);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024);
    expect(diagnostics[0]).toMatch(/^scs-0100-v1-bad\.md:\d+:\d+ (error|warning) /);
    expect(diagnostics.some((line) => line.includes('alias'))).toBe(true);
  });

  it('reads non-UTF-8 bytes as an encoding problem', async () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: Gr'), Buffer.from([0xfc]), Buffer.from('n\n---\n')]);
    expect(await lintBad(bytes)).toEqual([`${BAD}:2:10 error Unexpected byte 0xfc that is not UTF-8, expected the file to be saved as UTF-8`]);
  });

  it('reads a binary file as an encoding problem', async () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(await lintBad(bytes)).toEqual([`${BAD}:1:1 error Unexpected binary content (a NUL byte), expected a UTF-8 Markdown text file`]);
  });

  it.each([
    ['a BOM', (text: string) => `\uFEFF${text}`],
    ['CRLF line endings', (text: string) => text.replace(/\n/g, '\r\n')],
    ['a BOM and CRLF line endings', (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`],
  ])('reads a file with %s like any other, with the same lines', async (_, transform) => {
    const text = documentText([...standardFields(), 'stat: Draft']);
    expect(await lintBad(transform(text))).toEqual([`${BAD}:7:1 warning Unexpected unknown key \`stat\`, did you mean \`status\`?`]);
  });

  it('reports a 5 MB file without parsing it', async () => {
    const big = documentText(standardFields(), 'Lorem ipsum dolor sit amet.\n'.repeat((5 * 1024 * 1024) / 28));
    expect(await lintBad(big)).toEqual([`${BAD}:1:1 error Unexpected file of 5.0 MB, expected at most 1.0 MB; the file was not parsed`]);
  });

  it('applies the configured size limit', async () => {
    const text = documentText([...standardFields(), 'oops: 1'], 'Lorem ipsum dolor sit amet.\n\n'.repeat(100));
    expect(await lintBad(text, { maxFileBytes: 2048 })).toEqual([`${BAD}:1:1 error Unexpected file of 3 KB, expected at most 2 KB; the file was not parsed`]);
    // Under a higher limit the same file is parsed, and its front matter is checked.
    expect(await lintBad(text, { maxFileBytes: 8192 })).toEqual([
      `${BAD}:7:1 warning Unexpected unknown key \`oops\`, expected one of \`title\`, \`type\`, \`status\`, \`track\`, \`description\`, \`stabilized_at\`, \`deprecated_at\`, \`rejected_at\`, \`replaces\`, \`replaced_by\`, \`supplements\`, \`authors\``,
    ]);
  });

  it.each([
    ['scs-0100-v1-Bad.md', 'Unexpected uppercase letter in file name `scs-0100-v1-Bad.md`, expected `scs-0100-v1-bad.md`'],
    [
      'scs-0100-v1-bäd.md',
      'Unexpected non-ASCII character in file name `scs-0100-v1-bäd.md`, expected only lowercase ASCII letters, digits and hyphens, as in `scs-0100-v3-flavor-naming.md`',
    ],
  ])('reports the file name %s', async (fileName, message) => {
    expect(await lintBad(documentText(standardFields()), { fileName })).toEqual([`${fileName}:1:1 error ${message}`]);
  });
});
