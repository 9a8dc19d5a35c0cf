// Runs one rule example (RuleMeta.examples, see rule.ts) as the linter would
// run on a folder made from it: its files are written into `Standards/` of a
// temporary directory (symbolic links and bytes as given, `../` names next to
// that folder), a history example gets a git repository whose `main` holds
// its base files, an `external-links` example a stand-in network, and only
// the example's rule is on. Used by tests/rule-examples.test.ts; `write` is
// also how to get a folder to try `npm run lint:standards` on.
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadBaseTree } from '../history/git.js';
import { buildBaseSnapshot } from '../history/snapshot.js';
import { gitOnDay } from '../history/testing.js';
import { ALL_RULES } from './all-rules.js';
import { DEFAULT_EXTERNAL_LINK_SETTINGS, type ExternalLinkSettings } from './external-links.js';
import { fixCorpus } from './fix-run.js';
import { createExternalLinksRule } from './rules/external-links.js';
import { lintCorpus } from './run.js';
import { EXAMPLE_BASE_REF, EXAMPLE_DATE, type ExampleContent, type Rule, type RuleExample } from './rule.js';
import { configFor } from './testing.js';

/** The day the base of a history example is committed on (by gitOnDay's fixed author), so the repository is the same each run. */
export const EXAMPLE_BASE_DAY = '2025-05-01';

export interface ExampleOutcome {
  /** As in RuleExample.findings. */
  findings: string[];
  /** The example file's text after `--fix`, when the example has a `fixed` text. */
  fixed?: string;
}

export async function runExample(rule: Rule, example: RuleExample): Promise<ExampleOutcome> {
  const dir = await mkdtemp(path.join(tmpdir(), 'scs-example-'));
  try {
    const root = await writeExample(example, dir);
    const config = configFor({ rules: [rule.meta.id], options: example.options ?? {} });
    const base = example.base ? buildBaseSnapshot(EXAMPLE_BASE_REF, (await loadBaseTree(root, EXAMPLE_BASE_REF)).files) : null;
    const rules = example.network ? ALL_RULES.map((candidate) => (candidate.meta.id === 'external-links' ? standInLinksRule(example) : candidate)) : ALL_RULES;
    const request = { root, config, date: EXAMPLE_DATE, cacheFile: null, parallel: 'off', only: [example.file], rules, base } as const;
    const result = await lintCorpus(request);
    const findings = result.diagnostics.map((d) => `${d.file === example.file ? '' : `${d.file}:`}${d.line}:${d.column} ${d.message}`);
    if (example.fixed === undefined) return { findings };
    await fixCorpus({ ...request, base: null });
    return { findings, fixed: await readFile(path.join(root, example.file), 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Writes the example into `<dir>/Standards` (the base first, committed to `main` in a git repository at
 * `dir`, then the files as they are now) and returns that folder.
 */
export async function writeExample(example: RuleExample, dir: string): Promise<string> {
  const root = path.join(dir, 'Standards');
  await mkdir(root, { recursive: true });
  if (example.base) {
    gitOnDay(dir, ['init', '--quiet', '--initial-branch', EXAMPLE_BASE_REF], EXAMPLE_BASE_DAY);
    for (const [name, text] of Object.entries(example.base)) await writeContent(dir, root, name, text);
    gitOnDay(dir, ['add', '--all'], EXAMPLE_BASE_DAY);
    gitOnDay(dir, ['commit', '--quiet', '--allow-empty', '--no-verify', '--no-gpg-sign', '-m', 'base'], EXAMPLE_BASE_DAY);
    await rm(root, { recursive: true, force: true });
    await mkdir(root);
  }
  for (const [name, content] of Object.entries({ ...example.others, [example.file]: example.text })) await writeContent(dir, root, name, content);
  return root;
}

async function writeContent(dir: string, root: string, name: string, content: ExampleContent): Promise<void> {
  const target = path.resolve(root, name);
  // `../` leads next to the standards folder, never out of the example's directory.
  if (!target.startsWith(dir + path.sep)) throw new Error(`Example file outside its directory: ${name}`);
  await mkdir(path.dirname(target), { recursive: true });
  if (typeof content === 'string') await writeFile(target, content);
  else if ('base64' in content) await writeFile(target, Buffer.from(content.base64, 'base64'));
  else await symlink(content.symlink, target);
}

/** The `external-links` rule on a stand-in network that answers as the example says, and only for its URLs. */
function standInLinksRule(example: RuleExample): Rule {
  const answers = new Map(Object.entries(example.network ?? {}));
  const settings: ExternalLinkSettings = {
    ...DEFAULT_EXTERNAL_LINK_SETTINGS,
    cacheFile: null,
    hostDelayMs: 0,
    retryDelayMs: 0,
    standIn: (target) => {
      const answer = answers.get(target.href);
      if (answer === undefined) throw new Error(`No stand-in answer for ${target.href} in the example "${example.title}"`);
      return answer;
    },
  };
  return createExternalLinksRule(settings);
}
