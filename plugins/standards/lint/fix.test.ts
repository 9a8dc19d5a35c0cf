import { describe, expect, it } from 'vitest';
import { parseMarkdownBody } from '../markdown/markdown-parse.js';
import type { Fix } from '../report/diagnostic.js';
import { applyFixes, OVERLAPS } from './fix.js';

const DOC = '---\ntitle: A\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\nSome “text” `in “code”`.\n\n```\nfenced “x”\n```\n';
const at = (line: number, column: number, length: number, text: string, name = `${line}:${column}`): { name: string; fix: Fix } => ({
  name,
  fix: { kind: 'text', edits: [{ start: { line, column }, end: { line, column: column + length }, text }] },
});
const apply = (text: string, items: Array<{ name: string; fix: Fix }>) => {
  const outcome = applyFixes('scs-0100-v1-a.md', text, items, parseMarkdownBody);
  return { text: outcome.text, applied: outcome.applied.map((item) => item.name), skipped: outcome.skipped.map(({ item, reason }) => `${item.name}: ${reason}`) };
};

describe('applyFixes', () => {
  it('edits the body by exact ranges, from the end, whatever order the fixes come in', () => {
    expect(apply(DOC, [at(8, 11, 1, '"'), at(8, 6, 1, '"')])).toEqual({
      text: DOC.replace('“text”', '"text"'),
      applied: ['8:6', '8:11'],
      skipped: [],
    });
  });

  it('refuses edits in inline code, code blocks and the front matter, saying why', () => {
    expect(apply(DOC, [at(8, 18, 1, '"'), at(11, 8, 1, '"'), at(2, 8, 1, 'B')])).toEqual({
      text: DOC,
      applied: [],
      skipped: ['2:8: it is in the front matter, which only field edits may change', '8:18: it is inside inline code', '11:8: it is inside a code block'],
    });
  });

  it('applies one of two overlapping fixes and leaves the other for the next pass', () => {
    expect(apply(DOC, [at(8, 6, 6, '"text"', 'whole'), at(8, 6, 1, '"', 'first')])).toEqual({
      text: DOC.replace('“text”', '"text"'),
      applied: ['whole'],
      skipped: [`first: ${OVERLAPS}`],
    });
  });

  it('keeps a BOM and CRLF line endings; columns are those of the text without them', () => {
    const crlf = '\uFEFF' + DOC.replace(/\n/g, '\r\n');
    expect(apply(crlf, [at(8, 6, 1, '"'), at(8, 11, 1, '"')]).text).toBe('\uFEFF' + DOC.replace('“text”', '"text"').replace(/\n/g, '\r\n'));
  });

  it('refuses a range that is not in the file', () => {
    expect(apply(DOC, [at(8, 40, 1, 'x', 'past the line'), at(99, 1, 1, 'x', 'past the file')]).skipped).toEqual([
      'past the line: its range is not in the file',
      'past the file: its range is not in the file',
    ]);
  });

  it('edits front-matter fields by key, after the text edits, and each fix whole or not at all', () => {
    const text = '---\ntitle: A\nauthor: Ada  # me\nauthors: [Bo]\nreplaces: scs-0099-v1-a.md\n---\n\nSome “text”.\n';
    const result = apply(text, [
      { name: 'rename', fix: { kind: 'front-matter', edits: [{ key: 'author', renameTo: 'authors' }, { key: 'authors', value: ['Ada'] }] } },
      { name: 'list', fix: { kind: 'front-matter', edits: [{ key: 'replaces', value: ['scs-0099-v1-a.md'] }] } },
      at(8, 6, 1, '"'),
    ]);
    expect(result).toEqual({
      text: '---\ntitle: A\nauthor: Ada  # me\nauthors: [Bo]\nreplaces: [scs-0099-v1-a.md]\n---\n\nSome "text”.\n',
      applied: ['8:6', 'list'],
      skipped: ['rename: Cannot rename `author` to `authors`: `authors` is written already'],
    });
  });
});
