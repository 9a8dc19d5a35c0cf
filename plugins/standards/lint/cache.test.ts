import { describe, expect, it } from 'vitest';
import { resultOf, toCacheEntry } from './cache.js';
import { lintSourceFile } from './file-pass.js';
import { TEST_OPTIONS } from './markdown-test-kit.js';

const FRONT_MATTER = '---\ntitle: Entropy\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n';

describe('cache entries leave the body out and get it back from the text', () => {
  it.each([
    ['front matter and a body', `${FRONT_MATTER}\n## Introduction\n\nText.\n`],
    ['a BOM and CRLF endings', `\uFEFF${FRONT_MATTER.replaceAll('\n', '\r\n')}\r\n## Introduction\r\n\r\nText.\r\n`],
    ['no front matter', '## Introduction\n\nText.\n'],
    ['unterminated front matter', '---\ntitle: Entropy\n\n## Introduction\n'],
    ['an empty body', FRONT_MATTER],
  ])('%s', async (_, text) => {
    const result = await lintSourceFile({ path: 'scs-0101-v1-entropy.md', text, findings: [] }, [], TEST_OPTIONS);
    const entry = toCacheEntry('key', result, text);
    expect(entry.bodyInText).toBe(true);
    expect(entry.result.summary.document?.body).toBe('');
    expect(resultOf(entry, text)).toEqual(result);
  });

  it('keeps a body it could not get back', async () => {
    const text = `${FRONT_MATTER}\nBody.\n`;
    const result = await lintSourceFile({ path: 'scs-0101-v1-entropy.md', text, findings: [] }, [], TEST_OPTIONS);
    const entry = toCacheEntry('key', result, 'other text');
    expect(entry).toEqual({ key: 'key', result });
    expect(resultOf(entry, 'other text')).toEqual(result);
  });
});
