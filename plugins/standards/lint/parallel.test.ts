import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from './all-rules.js';
import { defaultLintConfig } from './config.js';
import { lintSourceFile } from './file-pass.js';
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

describe('lintInWorkers', () => {
  it('gives worker threads their share and returns every result in order, as one thread would', async () => {
    const lintHere = async (source: SourceFile) => packResult(await lintSourceFile(source, rules, config.options), source.text);
    const inThread = await Promise.all(sources.map(lintHere));
    // A slow main thread leaves most batches to the worker, which must then take part.
    const slowHere = async (source: SourceFile) => {
      await sleep(100);
      return lintHere(source);
    };
    const { results, workersUsed } = await lintInWorkers(sources, { ruleIds: rules.map((rule) => rule.meta.id), options: config.options }, 1, slowHere);
    expect(workersUsed).toBe(1);
    expect(results).toEqual(inThread);
    expect(results.every((packed) => packed.bodyInText)).toBe(true);
    expect(results.flatMap((packed) => packed.result.findings.map((finding) => finding.ruleId))).toContain('track-matches-number');
  });
});
