// Every rule's examples (RuleMeta.examples) are tests: each input gives
// exactly the findings listed, with only that rule on, and a fixable example
// gives exactly the text listed after --fix. The same examples are printed on
// the rule's docs page (tests/rule-docs.test.ts keeps the pages in step).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../plugins/standards/lint/all-rules.js';
import { fixCorpus } from '../plugins/standards/lint/fix-run.js';
import { configFor, lintFixture } from '../plugins/standards/lint/testing.js';

const cases = ALL_RULES.flatMap((rule) => (rule.meta.examples ?? []).map((example) => [`${rule.meta.id}: ${example.title}`, rule, example] as const));

describe('rule examples', () => {
  it('exist for the fixable rules, with a fixed text for at least one', () => {
    for (const rule of ALL_RULES.filter((candidate) => candidate.meta.fixable)) {
      expect(rule.meta.examples?.some((example) => example.fixed !== undefined), rule.meta.id).toBe(true);
    }
  });

  it.each(cases)('%s', async (_, rule, example) => {
    const files = { ...example.others, [example.file]: example.text };
    const found = await lintFixture(files, { rules: [rule.meta.id], only: [example.file] });
    expect(found.map((line) => line.replace(/^[^:]+:(\d+:\d+) (?:error|warning) /, '$1 '))).toEqual(example.findings);
    if (example.fixed === undefined) return;
    expect(rule.meta.fixable).toBe(true);
    const root = await mkdtemp(path.join(tmpdir(), 'scs-example-'));
    try {
      for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, name), text);
      await fixCorpus({ root, config: configFor({ rules: [rule.meta.id] }), date: '2025-06-01', cacheFile: null, parallel: 'off', only: [example.file] });
      expect(await readFile(path.join(root, example.file), 'utf8')).toBe(example.fixed);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
