import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const text = documentText(standardFields());
const lint = (content: string | Uint8Array) => lintFixture({ 'scs-0100-v1-a.md': content }, { rules: ['file-encoding'] });

describe('file-encoding', () => {
  it.each([
    ['UTF-8 text', text],
    ['non-ASCII UTF-8', text.replace('Example standard', 'Größenangaben für Flavors')],
    ['a BOM', `\uFEFF${text}`],
    ['CRLF line endings', text.replace(/\n/g, '\r\n')],
  ])('accepts %s', async (_, content) => {
    expect(await lint(content)).toEqual([]);
  });

  it.each([
    [
      'a Latin-1 byte',
      Buffer.concat([Buffer.from('---\ntitle: Gr'), Buffer.from([0xf6]), Buffer.from('\n---\n')]),
      '2:10 error Unexpected byte 0xf6 that is not UTF-8, expected the file to be saved as UTF-8',
    ],
    ['a NUL byte (a PNG header: two line feeds before it)', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), '3:1 error Unexpected binary content (a NUL byte), expected a UTF-8 Markdown text file'],
  ])('reports %s', async (_, content, expected) => {
    expect(await lint(content)).toEqual([`scs-0100-v1-a.md:${expected}`]);
  });
});
