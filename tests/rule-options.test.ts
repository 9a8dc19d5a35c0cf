// Rule meta `options` (printed on each rule's docs page as its settings) is
// what the rule reads. Reading an undeclared setting fails in the runner
// (lint/rule-options.ts); this test runs every rule over a corpus that makes
// each setting matter and fails on a setting declared but never read.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../plugins/standards/lint/all-rules.js';
import { configFor } from '../plugins/standards/lint/testing.js';
import { lintCorpus } from '../plugins/standards/lint/run.js';
import { LINT_OPTION_NAMES, type CorpusContext, type CorpusRule, type FileContext, type FileRule, type LintOptions, type Rule } from '../plugins/standards/lint/rule.js';
import { optionsFor } from '../plugins/standards/lint/rule-options.js';

/**
 * Settings read for a rule outside its check: `file-size` reports what the
 * loader found, and the loader (lint/run.ts, parse/load.ts) reads maxFileBytes.
 */
const READ_FOR_THE_RULE: Record<string, readonly string[]> = { 'file-size': ['maxFileBytes'] };

const BODY = '\n## Introduction\n\nSee [v2](scs-0100-v2-a.md), [the portal](http://127.0.0.1:9/standards/scs-0100-v2-a) and [a host](http://127.0.0.1:9/x).\n\n## Motivation\n\nWhy.\n\n## Conformance Tests\n\nHow.\n';
const CORPUS = {
  'scs-0100-v1-a.md': `---\ntitle: A\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-01\n---\n${BODY}`,
  'scs-0100-v2-a.md': `---\ntitle: A\ntype: Standard\nstatus: Draft\ntrack: IaaS\nreplaces: [scs-0100-v1-a.md]\n---\n${BODY}`,
};

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'scs-rule-options-'));
  for (const [name, text] of Object.entries(CORPUS)) await writeFile(path.join(root, name), text);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The rule with a check that records which settings it reads, by their written names. */
function recording(rule: Rule, read: Set<string>): Rule {
  const watch = (options: LintOptions) =>
    new Proxy(options, {
      get(target, key, receiver) {
        if (typeof key === 'string' && Object.hasOwn(LINT_OPTION_NAMES, key)) read.add(LINT_OPTION_NAMES[key as keyof LintOptions]);
        return Reflect.get(target, key, receiver);
      },
    });
  if (rule.scope === 'file') {
    const fileRule: FileRule = rule;
    return { ...fileRule, check: (context: FileContext) => fileRule.check({ ...context, options: watch(context.options) }) };
  }
  const corpusRule: CorpusRule = rule;
  return { ...corpusRule, check: (context: CorpusContext) => corpusRule.check({ ...context, options: watch(context.options) }) };
}

describe('rule meta options', () => {
  it.each(ALL_RULES.map((rule) => [rule.meta.id, rule] as const))('%s reads exactly the settings it declares', async (id, rule) => {
    const read = new Set<string>();
    // Every setting on, so that code reading one is reached. The portal and every external link are on 127.0.0.1,
    // which is never requested without --allow-private-links: no traffic, whatever a rule decides.
    const config = configFor({ rules: [id], options: { externalLinks: true, allowPrivateLinks: false, siteUrl: 'http://127.0.0.1:9' } });
    const result = await lintCorpus({ root, config, date: '2025-06-01', cacheFile: null, parallel: 'off', rules: [recording(rule, read)] });
    // A rule reading an undeclared setting throws in its options view, which the runner reports as a finding
    // (unless the rule's own code catches it, as link resolution does: the recorded reads below still show it).
    expect(result.diagnostics.filter((diagnostic) => diagnostic.message.includes('without declaring it'))).toEqual([]);
    for (const name of READ_FOR_THE_RULE[id] ?? []) read.add(name);
    expect([...read].sort()).toEqual([...(rule.meta.options ?? [])].sort());
  });

  it('a rule reading a setting it does not declare fails, naming the setting and the fix', () => {
    const options = configFor({ rules: [] }).options;
    const view = optionsFor({ id: 'example', description: 'x', defaultSeverity: 'warn', options: ['siteUrl'] }, options);
    expect(view.siteUrl).toBe(options.siteUrl);
    expect(() => view.standardsPath).toThrow("Rule `example` reads the setting `standardsPath` without declaring it: add 'standardsPath' to its meta.options");
    expect(() => view.externalLinks).toThrow("add '--external-links' to its meta.options");
  });
});
