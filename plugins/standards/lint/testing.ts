// Test support: lints a small corpus written to a temporary folder, with only
// the rules under test enabled, and returns each diagnostic as one line
// `file:line:column severity message` so test tables can list them exactly.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_RULES } from './all-rules.js';
import { defaultLintConfig, type LintConfig } from './config.js';
import { lintCorpus } from './run.js';
import type { LintOptions } from './rule.js';

export interface FixtureOptions {
  /** Rule ids to run; every other rule is off. */
  rules: readonly string[];
  date?: string;
  options?: Partial<LintOptions>;
  /** Report only on these files. */
  only?: string[];
}

export async function lintFixture(files: Record<string, string | Uint8Array>, fixture: FixtureOptions): Promise<string[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'scs-lint-'));
  try {
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(root, name), content);
    const config = configFor(fixture);
    const result = await lintCorpus({
      root,
      config,
      date: fixture.date ?? '2025-06-01',
      cacheFile: null,
      parallel: 'off',
      ...(fixture.only ? { only: fixture.only } : {}),
    });
    return result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export function configFor(fixture: Pick<FixtureOptions, 'rules' | 'options'>): LintConfig {
  const config = defaultLintConfig(ALL_RULES);
  for (const id of Object.keys(config.severities)) if (!fixture.rules.includes(id)) config.severities[id] = 'off';
  for (const id of fixture.rules) {
    if (!(id in config.severities)) throw new Error(`Unknown rule id in test: ${id}`);
    if (config.severities[id] === 'off') config.severities[id] = 'error';
  }
  Object.assign(config.options, fixture.options);
  return config;
}

/** A document's text from front-matter lines and a body. */
export function documentText(frontMatter: readonly string[], body = '## Introduction\n\nText.\n'): string {
  return ['---', ...frontMatter, '---', '', body].join('\n');
}

/** Front matter of a valid Stable IaaS standard; override or add lines by key (null removes one). */
export function standardFields(overrides: Record<string, string | null | undefined> = {}): string[] {
  const fields: Record<string, string | null | undefined> = {
    title: 'Example standard',
    type: 'Standard',
    status: 'Stable',
    track: 'IaaS',
    stabilized_at: '2024-01-15',
    ...overrides,
  };
  return Object.entries(fields).flatMap(([key, value]) => (value === null || value === undefined ? [] : [`${key}: ${value}`]));
}
