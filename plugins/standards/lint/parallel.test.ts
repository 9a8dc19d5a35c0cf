import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from './all-rules.js';
import { defaultLintConfig } from './config.js';
import { limitedResult, lintSourceFile } from './file-pass.js';
import type { RuleFinding } from '../report/diagnostic.js';
import { packResult } from './packed-result.js';
import { lintInWorkers } from './parallel.js';
import type { SourceFile } from '../parse/load.js';
import type { FileRule } from './rule.js';
import { documentText, standardFields } from './testing.js';

const config = defaultLintConfig(ALL_RULES);
const rules = ALL_RULES.filter((rule): rule is FileRule => rule.scope === 'file');
const sources = Array.from({ length: 30 }, (_, index) => ({
  path: `scs-01${String(index).padStart(2, '0')}-v1-generated.md`,
  text: documentText(standardFields({ track: index % 3 ? 'IaaS' : 'KaaS', state: index % 5 ? null : 'Draft' }), '## Introduction\n\nSome _text_ and *more*.\n'),
  findings: [],
}));

const setup = { ruleIds: rules.map((rule) => rule.meta.id), options: config.options, timeBudgetMs: 20_000 };
const policy = { timeBudgetMs: 20_000, failed: (source: SourceFile, finding: RuleFinding) => packResult(limitedResult(source, finding), source.text) };

describe('lintInWorkers', () => {
  it('gives worker threads their share and returns every result in order, as one thread would', async () => {
    const lintHere = async (source: SourceFile) => packResult(await lintSourceFile(source, rules, config.options), source.text);
    const inThread = await Promise.all(sources.map(lintHere));
    // A slow main thread leaves most batches to the worker, which must then take part.
    const slowHere = async (source: SourceFile) => {
      // Long enough for a worker to load the linter on a busy machine (several seconds).
      await sleep(300);
      return lintHere(source);
    };
    const { results, workersUsed } = await lintInWorkers(sources, setup, 1, slowHere, policy);
    expect(workersUsed).toBe(1);
    expect(results).toEqual(inThread);
    expect(results.every((packed) => packed.bodyInText)).toBe(true);
    expect(results.flatMap((packed) => packed.result.findings.map((finding) => finding.ruleId))).toContain('track-matches-number');
  });

  describe('with a worker that misbehaves on some files', () => {
    const entry = new URL('./parallel.test-worker.ts', import.meta.url);
    const file = (name: string): SourceFile => ({ path: `scs-0100-v1-${name}.md`, text: '---\ntitle: x\n---\n', findings: [] });
    const messages = (results: Array<{ result: { findings: RuleFinding[] } }>) => results.map((packed) => packed.result.findings.map((f) => `${f.ruleId}: ${f.message}`));

    it.each([
      ['hangs', 'hang', 'resource-limit: Unexpected time over 100 ms to check this file, expected at most 100 ms; the file was not checked further'],
      ['exits', 'crash', 'resource-limit: Unexpected failure while checking this file (the worker exited with code 3), expected it to be checked; the file was not checked further'],
      ['throws', 'throw', 'resource-limit: Unexpected failure while checking this file (the worker stopped: thrown in the worker), expected it to be checked; the file was not checked further'],
    ])('blames the file a worker %s on, and lints every other file', async (_, name, expected) => {
      const sources = [file('a'), file('b'), file(name), file('c'), file('d'), file('e')];
      const started = performance.now();
      const busyHere = async (source: SourceFile) => {
        // Hold this thread back so the workers get the files; then take part like any thread.
        await sleep(2000);
        return { result: { summary: { path: source.path, document: null, outline: null }, findings: [{ ruleId: 'test', message: 'main' }] } };
      };
      const { results } = await lintInWorkers(sources, setup, 1, busyHere, { ...policy, timeBudgetMs: 100, entry });
      const found = messages(results);
      expect(found[2]).toEqual([expected]);
      // Every other file has its result, from a worker or this thread.
      for (const index of [0, 1, 3, 4, 5]) expect(found[index]).toEqual([expect.stringMatching(/^test: (worker \d+|main)$/)]);
      // The ended worker's document is still read from its front matter, for the corpus rules.
      expect(results[2]!.result.summary.path).toBe(sources[2]!.path);
      expect(performance.now() - started).toBeLessThan(60_000);
    }, 90_000);
  });
});
