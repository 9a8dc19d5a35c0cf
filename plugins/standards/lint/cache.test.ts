import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cacheFileFor, loadLintCache, resultOf, saveLintCache, toCacheEntry } from './cache.js';
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

describe('cache files', () => {
  it('are one per linted folder', () => {
    const dir = '/cache';
    expect(cacheFileFor('/a/Standards', dir)).toMatch(/^\/cache\/results-[0-9a-f]{16}\.json$/);
    expect(cacheFileFor('/a/Standards', dir)).toBe(cacheFileFor('/a/./Standards/', dir));
    expect(cacheFileFor('/a/Standards', dir)).not.toBe(cacheFileFor('/b/Standards', dir));
  });

  it("are rewritten with this run's entries and forget folders unused for two weeks", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'scs-lint-cache-'));
    try {
      const stale = path.join(dir, 'results-0000000000000000.json');
      await writeFile(stale, '{}');
      const old = new Date(Date.now() - 15 * 24 * 60 * 60 * 1000);
      await utimes(stale, old, old);
      const file = cacheFileFor('/corpus', dir);
      const entry = { key: 'k', result: { summary: { path: 'a.md', document: null, outline: null }, findings: [] } };
      await saveLintCache(file, { entries: new Map() }, new Map([['/corpus/a.md', entry]]));
      expect(await readdir(dir)).toEqual([path.basename(file)]);
      expect((await loadLintCache(file)).entries.get('/corpus/a.md')).toEqual(entry);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
