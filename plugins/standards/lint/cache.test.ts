import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ALL_RULES } from './all-rules.js';
import { cachedEntry, cacheFileFor, loadLintCache, resultOf, saveLintCache, toCacheEntry, useLintCache } from './cache.js';
import { defaultLintConfig } from './config.js';
import { lintCorpus } from './run.js';
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

describe('cache entries are checked before use', () => {
  const text = `${FRONT_MATTER}\n## Introduction\n\nSee [a](https://example.org) and <a id="x"></a>.\n`;
  const relative = 'scs-0101-v1-entropy.md';
  const absolute = `/corpus/${relative}`;
  const valid = async () => {
    const result = await lintSourceFile({ path: relative, text, findings: [] }, [], TEST_OPTIONS);
    result.findings.push({ ruleId: 'file-name', message: 'x', span: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } });
    return JSON.parse(JSON.stringify(toCacheEntry('k', result, text)));
  };
  const lookUp = (entry: unknown) => cachedEntry({ entries: new Map([[absolute, entry as never]]) }, absolute, relative, 'k');

  it('uses an entry this linter wrote', async () => {
    expect(lookUp(await valid())).toBeDefined();
  });

  it.each<[string, (entry: any) => unknown]>([
    ['not an object', () => 'entry'],
    ['a key of another type', (entry) => ({ ...entry, key: 1 })],
    ['no result', ({ result, ...entry }) => entry],
    ['findings that are not a list', (entry) => ((entry.result.findings = {}), entry)],
    ['a finding without a message', (entry) => ((entry.result.findings = [{ ruleId: 'file-name' }]), entry)],
    ['a finding with a line as text', (entry) => ((entry.result.findings[0].span.start.line = '1'), entry)],
    ['a finding with an extra field', (entry) => ((entry.result.findings[0].severity = 'off'), entry)],
    ['a summary for another file', (entry) => ((entry.result.summary.path = 'scs-0102-v1-x.md'), entry)],
    ['a document for another file', (entry) => ((entry.result.summary.document.path = 'scs-0102-v1-x.md'), entry)],
    ['a document with an unknown status', (entry) => ((entry.result.summary.document.status = 'Final'), entry)],
    ['a document with a date that is no date', (entry) => ((entry.result.summary.document.stabilizedAt = 7), entry)],
    ['a document whose authors are not text', (entry) => ((entry.result.summary.document.authors = [{}]), entry)],
    ['a field span for a key that is no field', (entry) => ((entry.result.summary.document.fieldSpans.constructor = { start: { line: 1, column: 1 } }), entry)],
    ['an outline link of an unknown kind', (entry) => ((entry.result.summary.outline.links[0].kind = 'script'), entry)],
    ['an outline without headings', (entry) => (delete entry.result.summary.outline.headings, entry)],
    ['a `__proto__` field', (entry) => JSON.parse(JSON.stringify(entry).replace('{"key"', '{"__proto__":{"bodyInText":true},"key"'))],
    ['bodyInText other than true', (entry) => ({ ...entry, bodyInText: 'yes' })],
    ['a key that does not match', (entry) => ({ ...entry, key: 'other' })],
  ])('misses on %s', async (_, poison) => {
    expect(lookUp(poison(await valid()))).toBeUndefined();
  });
});

describe('useLintCache', () => {
  it.each<[string, { cache: boolean; noCache: boolean }, Record<string, string>, boolean]>([
    ['by default', { cache: false, noCache: false }, {}, true],
    ['with --no-cache', { cache: false, noCache: true }, {}, false],
    ['in CI', { cache: false, noCache: false }, { CI: 'true' }, false],
    ['in CI that says 1', { cache: false, noCache: false }, { CI: '1' }, false],
    ['with CI=false', { cache: false, noCache: false }, { CI: 'false' }, true],
    ['with CI empty', { cache: false, noCache: false }, { CI: '' }, true],
    ['in CI with --cache', { cache: true, noCache: false }, { CI: 'true' }, true],
  ])('%s', (_, flags, env, expected) => {
    expect(useLintCache(flags, env)).toBe(expected);
  });
});

describe('a cache that cannot be written', () => {
  it.each([
    ['a file in place of its folder', async (dir: string) => {
      await writeFile(path.join(dir, 'cache'), 'not a folder');
      return path.join(dir, 'cache', 'results.json');
    }],
    ['a folder in place of the file', async (dir: string) => {
      await mkdir(path.join(dir, 'results.json', 'inside'), { recursive: true });
      return path.join(dir, 'results.json');
    }],
  ])('is a warning with %s, and the run is complete', async (_, setUp) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'scs-lint-cache-'));
    try {
      const cacheFile = await setUp(dir);
      const root = path.join(dir, 'Standards');
      await mkdir(root);
      await writeFile(path.join(root, 'scs-0101-v1-entropy.md'), `${FRONT_MATTER}\n## Introduction\n\nText.\n`);
      await writeFile(path.join(root, 'scs-0101-v2-entropy.md'), '---\ntitle: x\n---\n');
      const config = defaultLintConfig(ALL_RULES);
      const result = await lintCorpus({ root, config, date: '2025-06-01', cacheFile, parallel: 'off' });
      const cold = await lintCorpus({ root, config, date: '2025-06-01', cacheFile: null, parallel: 'off' });
      expect(result.diagnostics).toEqual(cold.diagnostics);
      expect(result.diagnostics.length).toBeGreaterThan(0);
      expect(result.warnings).toEqual([expect.stringMatching(new RegExp(`^Lint cache not written to ${cacheFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\((ENOTDIR|EEXIST|EISDIR|ENOTEMPTY)\\); the results are complete`))]);
      expect(await readdir(dir, { recursive: true })).not.toContainEqual(expect.stringMatching(/\.tmp$/));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
