// npm run docs:rules [-- --check]
// Brings the generated blocks of docs/lint-rules/ up to date with the rules'
// own metadata and examples (see plugins/standards/lint/rule-docs.ts).
// --check changes nothing and exits 1 if a page is stale (what the test does).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_RULES } from '../plugins/standards/lint/all-rules.js';
import { renderRuleIndex, renderRulePage } from '../plugins/standards/lint/rule-docs.js';
import { runCommand } from '../plugins/standards/parse/cli-options.js';

const USAGE = 'Usage: npm run docs:rules [-- --check]';
const DOCS = path.join(import.meta.dirname, '..', 'docs', 'lint-rules');

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const pages: Array<[string, (text: string) => string]> = [
    ...ALL_RULES.map((rule) => [path.join(DOCS, `${rule.meta.id}.md`), (text: string) => renderRulePage(text, rule)] as [string, (text: string) => string]),
    [path.join(DOCS, 'index.md'), (text) => renderRuleIndex(text, ALL_RULES)],
  ];
  const stale: string[] = [];
  for (const [file, render] of pages) {
    const before = await readFile(file, 'utf8');
    const after = render(before);
    if (after === before) continue;
    stale.push(path.relative(process.cwd(), file));
    if (!values.check) await writeFile(file, after);
  }
  for (const file of stale) console.log(`${values.check ? 'stale' : 'updated'} ${file}`);
  if (values.check && stale.length > 0) console.log('Run `npm run docs:rules` to update them.');
  return values.check && stale.length > 0 ? 1 : 0;
}

process.exitCode = await runCommand(USAGE, main);
