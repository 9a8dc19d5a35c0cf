// npm run registry -- [DIR] [--scopes DIR] [--date YYYY-MM-DD]
// Prints the registry with computed lifecycle states as JSON, and the scopes
// with each version's state on that day and the standard versions it includes.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildRegistrySnapshot } from '../plugins/standards/export/registry-json.js';
import { toScopeRecord } from '../plugins/standards/export/scope-record.js';
import { existingFolder, parseDateOption, runCommand, UsageError } from '../plugins/standards/parse/cli-options.js';
import { loadCorpus } from '../plugins/standards/parse/load-corpus.js';
import { defaultScopesDir, loadScopes } from '../plugins/standards/parse/load-scopes.js';

const USAGE = 'Usage: npm run registry -- [DIR] [--scopes DIR] [--date YYYY-MM-DD]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { date: { type: 'string' }, scopes: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('Unexpected second folder, expected at most one');
  const date = parseDateOption(values.date);
  const root = await existingFolder(positionals[0] ?? 'Standards');
  if (values.scopes !== undefined) await existingFolder(values.scopes, '--scopes');
  const corpus = await loadCorpus(root);
  const scopeFiles = await loadScopes(values.scopes !== undefined ? path.resolve(values.scopes) : defaultScopesDir(root), {
    relativeTo: path.resolve(root),
    mixed: values.scopes !== undefined,
  });
  // Scope files that cannot be read are named on stderr; `npm run lint:standards` explains them.
  for (const file of scopeFiles) if (!file.scope) console.error(`Not a readable scope: ${file.path} (${file.findings[0]?.message ?? 'unknown problem'})`);
  const scopes = scopeFiles.flatMap((file) => (file.scope ? [toScopeRecord(corpus.registry, file.scope, date)] : []));
  process.stdout.write(JSON.stringify({ ...buildRegistrySnapshot(corpus.registry, date), scopes }, null, 2) + '\n');
  return 0;
}

process.exitCode = await runCommand(USAGE, main);
