// Every rule's examples (RuleMeta.examples) are tests: each input gives
// exactly the findings listed, with only that rule on, and a fixable example
// gives exactly the text listed after --fix. Examples run as the linter runs
// on a folder made from them (lint/rule-examples.ts): scope files in
// `scopes/`, bytes and symbolic links as given, history examples against a
// git base, external links against a stand-in network. The same examples are
// printed on the rule's docs page (tests/rule-docs.test.ts keeps the pages in step).
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../plugins/standards/lint/all-rules.js';
import { runExample } from '../plugins/standards/lint/rule-examples.js';

const cases = ALL_RULES.flatMap((rule) => (rule.meta.examples ?? []).map((example) => [`${rule.meta.id}: ${example.title}`, rule, example] as const));

describe('rule examples', () => {
  it('exist for every rule, each with a reported and an accepted input', () => {
    const missing = ALL_RULES.filter((rule) => !rule.meta.examples?.length).map((rule) => rule.meta.id);
    expect(missing).toEqual([]);
    for (const rule of ALL_RULES) {
      const examples = rule.meta.examples ?? [];
      expect(examples.some((example) => example.findings.length > 0), `${rule.meta.id} reports something`).toBe(true);
      expect(examples.some((example) => example.findings.length === 0), `${rule.meta.id} accepts something`).toBe(true);
    }
  });

  it('exist for the fixable rules, with a fixed text for at least one', () => {
    for (const rule of ALL_RULES.filter((candidate) => candidate.meta.fixable)) {
      expect(rule.meta.examples?.some((example) => example.fixed !== undefined), rule.meta.id).toBe(true);
    }
  });

  it('use a stand-in network only for external links, and only with --external-links', () => {
    for (const [name, rule, example] of cases) {
      if (example.network === undefined) continue;
      expect(rule.meta.id, name).toBe('external-links');
      expect(example.options?.externalLinks, name).toBe(true);
    }
  });

  it.each(cases)('%s', async (_, rule, example) => {
    const outcome = await runExample(rule, example);
    expect(outcome.findings).toEqual(example.findings);
    if (example.fixed === undefined) return;
    expect(rule.meta.fixable).toBe(true);
    expect(outcome.fixed).toBe(example.fixed);
  });
});
