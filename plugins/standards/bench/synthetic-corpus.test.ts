import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../lint/all-rules.js';
import { defaultLintConfig } from '../lint/config.js';
import { lintCorpus } from '../lint/run.js';
import { parseFileName } from '../parse/file-name.js';
import { planCorpus } from './corpus-plan.js';
import { buildSyntheticCorpus, createSyntheticCorpus, editedText } from './synthetic-corpus.js';

describe('planCorpus', () => {
  it.each([1, 30, 100, 1_000, 10_000])('plans exactly %i documents with unique, valid file names', (count) => {
    const plan = planCorpus(count, 7);
    expect(plan).toHaveLength(count);
    expect(new Set(plan.map((document) => document.fileName)).size).toBe(count);
    expect(plan.filter((document) => parseFileName(document.fileName).findings.length > 0)).toEqual([]);
  });

  it('covers every track, type and status, version chains and supplements naming several versions', () => {
    const plan = planCorpus(100, 7);
    expect(new Set(plan.map((document) => document.track))).toEqual(new Set(['Global', 'IaaS', 'KaaS', 'IAM', 'Ops', 'Scopes']));
    expect(new Set(plan.map((document) => document.type))).toEqual(new Set(['Procedural', 'Standard', 'Decision Record', 'Supplement']));
    expect(new Set(plan.map((document) => document.status))).toEqual(new Set(['Draft', 'Stable', 'Deprecated', 'Rejected', null]));
    expect(plan.some((document) => document.version >= 3)).toBe(true);
    expect(plan.some((document) => document.kind === 'supplement' && document.supplements.length >= 2)).toBe(true);
  });
});

describe('buildSyntheticCorpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(buildSyntheticCorpus(20, 1)).toEqual(buildSyntheticCorpus(20, 1));
    expect(buildSyntheticCorpus(20, 1)).not.toEqual(buildSyntheticCorpus(20, 2));
  });

  it('writes files of about 7.5 KB on average', () => {
    const files = buildSyntheticCorpus(200);
    const mean = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0) / files.length;
    expect(mean).toBeGreaterThan(6_500);
    expect(mean).toBeLessThan(8_500);
  });
});

describe('a generated corpus under the real linter', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'scs-synthetic-test-'));
    await createSyntheticCorpus(dir, 30);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('lints clean: no errors and no warnings', async () => {
    const result = await lintCorpus({ root: dir, config: defaultLintConfig(ALL_RULES), date: '2026-06-01', cacheFile: null, parallel: 'off' });
    expect(result.fileCount).toBe(30);
    expect(result.diagnostics).toEqual([]);
  });

  it('stays clean after the edit the warm benchmark makes', async () => {
    const [first] = buildSyntheticCorpus(30);
    await writeFile(path.join(dir, first!.fileName), editedText(first!.text));
    const result = await lintCorpus({ root: dir, config: defaultLintConfig(ALL_RULES), date: '2026-06-01', cacheFile: null, parallel: 'off' });
    expect(result.diagnostics).toEqual([]);
  });
});
