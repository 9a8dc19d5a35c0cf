import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const text = documentText(standardFields());
const lint = (content: string, maxFileBytes?: number) =>
  lintFixture({ 'scs-0100-v1-a.md': content }, { rules: ['file-size', 'front-matter-syntax'], ...(maxFileBytes ? { options: { maxFileBytes } } : {}) });

describe('file-size', () => {
  it('accepts a file under the limit', async () => {
    expect(await lint(text)).toEqual([]);
  });

  it('accepts a file of exactly the limit', async () => {
    expect(await lint(text, Buffer.byteLength(text))).toEqual([]);
  });

  it('reports a file over the default limit of 1 MB and does not parse it', async () => {
    // Without front matter: were the file parsed, front-matter-syntax would report that too.
    expect(await lint('x'.repeat(1024 * 1024 + 1))).toEqual([
      'scs-0100-v1-a.md:1:1 error Unexpected file of 1.0 MB, expected at most 1.0 MB; the file was not parsed',
    ]);
  });

  it('uses the configured limit', async () => {
    expect(await lint(text, 100)).toEqual([
      `scs-0100-v1-a.md:1:1 error Unexpected file of ${Math.ceil(Buffer.byteLength(text) / 1024)} KB, expected at most 1 KB; the file was not parsed`,
    ]);
  });
});
