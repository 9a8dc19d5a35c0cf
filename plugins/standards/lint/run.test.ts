import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_RULES } from './all-rules.js';
import { defaultLintConfig } from './config.js';
import type { FileRule } from './rule.js';
import { lintCorpus, type LintRequest } from './run.js';
import { documentText, standardFields } from './testing.js';

const FIXTURES = path.join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures');
const lines = (result: { diagnostics: Array<{ file: string; line: number; column: number; ruleId: string }> }) =>
  result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`);

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'scs-run-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

function request(root: string, extra: Partial<LintRequest> = {}): LintRequest {
  return { root, config: defaultLintConfig(ALL_RULES), date: '2025-06-01', cacheFile: null, parallel: 'off', ...extra };
}

describe('lintCorpus', () => {
  it('finds nothing in the valid fixture corpus', async () => {
    const result = await lintCorpus(request(path.join(FIXTURES, 'valid-corpus')));
    expect(result.diagnostics).toEqual([]);
    expect(result.fileCount).toBe(6);
  });

  it('reports only on the files asked for, with corpus rules still seeing every document', async () => {
    const result = await lintCorpus(request(path.join(FIXTURES, 'every-error'), { only: ['scs-0101-v1-entropy.md'] }));
    // single-stable-version needs scs-0101-v2 to find this; it is linted but not reported on.
    expect(lines(result)).toEqual(['scs-0101-v1-entropy.md:4:1 single-stable-version']);
    expect(result.fileCount).toBe(1);
  });

  it('does not run rules that are off', async () => {
    const config = defaultLintConfig(ALL_RULES);
    for (const id of Object.keys(config.severities)) if (id !== 'file-name') config.severities[id] = 'off';
    const result = await lintCorpus(request(path.join(FIXTURES, 'every-error'), { config }));
    expect(lines(result)).toEqual(['scs-0105-v1-Upper-Case.md:1:1 file-name']);
  });

  it('stamps the configured severity', async () => {
    const config = defaultLintConfig(ALL_RULES);
    for (const id of Object.keys(config.severities)) config.severities[id] = id === 'file-name' ? 'warn' : 'off';
    const result = await lintCorpus(request(path.join(FIXTURES, 'every-error'), { config }));
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });

  it('turns a crashing rule into a diagnostic on each file instead of stopping', async () => {
    const crashing: FileRule = {
      meta: { id: 'file-name', description: 'Crashes.', defaultSeverity: 'error' },
      scope: 'file',
      check() {
        throw new Error('boom');
      },
    };
    const result = await lintCorpus(request(path.join(FIXTURES, 'valid-corpus'), { rules: [crashing] }));
    expect(result.diagnostics).toHaveLength(6);
    expect(result.diagnostics[0]!.message).toBe('Unexpected internal error in rule `file-name`: boom; expected the rule to finish (please report this)');
  });
});

describe('the cache', () => {
  let root: string;
  let cacheFile: string;
  beforeEach(async () => {
    root = path.join(work, 'Standards');
    cacheFile = path.join(work, 'cache', 'results.json');
    await cp(path.join(FIXTURES, 'every-error'), root, { recursive: true });
  });

  it('reuses results of unchanged files and re-parses changed ones, with the same diagnostics', async () => {
    const cold = await lintCorpus(request(root, { cacheFile }));
    expect(cold.cacheHits).toBe(0);
    const warm = await lintCorpus(request(root, { cacheFile }));
    // Every file but the Latin-1 one, which never gets as far as having text to cache.
    expect(warm.cacheHits).toBe(17);
    expect(warm.diagnostics).toEqual(cold.diagnostics);

    const entropy = path.join(root, 'scs-0101-v1-entropy.md');
    await writeFile(entropy, (await readFile(entropy, 'utf8')).replace('stabilized_at: 2023-01-10\n', ''));
    const changed = await lintCorpus(request(root, { cacheFile }));
    expect(changed.cacheHits).toBe(16);
    expect(lines(changed).filter((line) => line.startsWith('scs-0101-v1'))).toEqual([
      'scs-0101-v1-entropy.md:4:1 lifecycle-required-date',
      'scs-0101-v1-entropy.md:4:1 single-stable-version',
    ]);
  });

  it('misses when the configuration changes', async () => {
    await lintCorpus(request(root, { cacheFile }));
    const config = defaultLintConfig(ALL_RULES);
    config.severities['markdown-style'] = 'off';
    expect((await lintCorpus(request(root, { cacheFile, config }))).cacheHits).toBe(0);
  });

  it('ignores a corrupt cache file and replaces it', async () => {
    const cold = await lintCorpus(request(root, { cacheFile }));
    for (const garbage of ['{"format":1,"entries":{"x":', '[]', '{"format":1,"entries":{"a":{"key":1}}}', '\u0000\u0001']) {
      await writeFile(cacheFile, garbage);
      const result = await lintCorpus(request(root, { cacheFile }));
      expect(result.cacheHits).toBe(0);
      expect(result.diagnostics).toEqual(cold.diagnostics);
    }
    expect(JSON.parse(await readFile(cacheFile, 'utf8')).format).toBe(2);
  });

  it('writes through a temporary file that does not stay behind', async () => {
    await lintCorpus(request(root, { cacheFile }));
    expect(await readdir(path.dirname(cacheFile))).toEqual(['results.json']);
  });

  it('leaves no cache without a cache file (--no-cache)', async () => {
    await lintCorpus(request(root));
    expect(await readdir(work)).toEqual(['Standards']);
  });
});

describe('parallel mode', () => {
  it('gives the same diagnostics as one thread for a corpus large enough to use workers', async () => {
    const root = path.join(work, 'Standards');
    await cp(path.join(FIXTURES, 'every-error'), root, { recursive: true });
    for (let index = 10; index < 60; index++) {
      await writeFile(path.join(root, `scs-04${index}-v1-generated.md`), documentText(standardFields({ track: index % 2 ? 'Ops' : 'IaaS' }), '## Introduction\n\nText with _emphasis_ and *more*.\n'));
    }
    const inThread = await lintCorpus(request(root));
    const inWorkers = await lintCorpus(request(root, { parallel: 'auto' }));
    expect(inWorkers.diagnostics).toEqual(inThread.diagnostics);
    expect(inWorkers.diagnostics.length).toBeGreaterThan(100);
  });
});

describe('files that go over a limit', () => {
  it('reports them and every other file, in this thread and in workers', async () => {
    const root = path.join(work, 'Standards');
    await cp(path.join(FIXTURES, 'every-error'), root, { recursive: true });
    const hostile = {
      'scs-0190-v1-quotes.md': documentText(standardFields(), `## Introduction\n\n${'> '.repeat(10_000)}x\n`),
      'scs-0191-v1-html.md': documentText(standardFields(), `## Introduction\n\n${'<div>'.repeat(2_000)}\n`),
      'scs-0192-v1-directives.md': documentText(standardFields(), `## Introduction\n\n${':::note\n'.repeat(2_000)}`),
    };
    for (const [name, text] of Object.entries(hostile)) await writeFile(path.join(root, name), text);
    for (let index = 10; index < 50; index++) {
      await writeFile(path.join(root, `scs-04${index}-v1-generated.md`), documentText(standardFields({ track: index % 2 ? 'Ops' : 'IaaS' })));
    }
    const reference = await lintCorpus(request(path.join(FIXTURES, 'every-error')));
    for (const parallel of ['off', 'auto'] as const) {
      const result = await lintCorpus(request(root, { parallel }));
      expect(lines(result).filter((line) => line.startsWith('scs-019'))).toEqual([
        'scs-0190-v1-quotes.md:11:1 resource-limit',
        'scs-0191-v1-html.md:11:1 resource-limit',
        'scs-0192-v1-directives.md:111:1 resource-limit',
      ]);
      // The fixture's own findings are all still there.
      for (const line of lines(reference)) expect(lines(result)).toContain(line);
    }
  }, 120_000);

  it('stops a file at the time budget with a finding, keeping its document for the corpus rules', async () => {
    const root = path.join(work, 'Standards');
    await cp(path.join(FIXTURES, 'valid-corpus'), root, { recursive: true });
    const result = await lintCorpus(request(root, { timeBudgetMs: 0 }));
    expect(result.diagnostics.length).toBe(result.fileCount);
    expect(new Set(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`))).toEqual(
      new Set(['1:1 resource-limit Unexpected time over 0 ms to check this file, expected at most 0 ms; the file was not checked further']),
    );
  });
});
