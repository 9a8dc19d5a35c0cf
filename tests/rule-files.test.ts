// One rule, one id: each rule in the list has its module, test table and docs
// page named by its id, and the docs page carries the id and description.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../plugins/standards/lint/all-rules.js';

const ROOT = path.join(import.meta.dirname, '..');

describe('rule files', () => {
  it('has unique ids', () => {
    const ids = ALL_RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ALL_RULES.map((rule) => [rule.meta.id, rule] as const))('%s has its module, test table and docs page', (id) => {
    expect(existsSync(path.join(ROOT, 'plugins/standards/lint/rules', `${id}.ts`))).toBe(true);
    expect(existsSync(path.join(ROOT, 'plugins/standards/lint/rules', `${id}.test.ts`))).toBe(true);
    const docs = readFileSync(path.join(ROOT, 'docs/lint-rules', `${id}.md`), 'utf8');
    expect(docs).toMatch(new RegExp(`^---\\ntitle: ${id}\\ndescription: .+\\n`));
  });
});

describe('the rule index page', () => {
  const index = readFileSync(path.join(ROOT, 'docs/lint-rules/index.md'), 'utf8');
  const rows = index.split('\n').filter((line) => line.startsWith('| ['));

  it('lists every rule once, in the order the linter runs them, with its default severity and description', () => {
    expect(rows).toEqual(
      ALL_RULES.map(
        (rule) =>
          `| [${rule.meta.id}](./${rule.meta.id}.md) | ${rule.meta.defaultSeverity} | ${rule.scope === 'file' ? 'one file' : 'whole corpus'} | ${rule.meta.description.replace(/\|/g, '\\|')} |`,
      ),
    );
  });
});
