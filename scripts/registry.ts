// npm run registry -- [DIR] [--date YYYY-MM-DD]
// Prints the registry with computed lifecycle states as JSON.
import { parseArgs } from 'node:util';
import { buildRegistrySnapshot } from '../plugins/standards/export/registry-json.js';
import { parseDateOption, runCommand, UsageError } from '../plugins/standards/parse/cli-options.js';
import { loadCorpus } from '../plugins/standards/parse/load-corpus.js';

const USAGE = 'Usage: npm run registry -- [DIR] [--date YYYY-MM-DD]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { date: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('Unexpected second folder, expected at most one');
  const date = parseDateOption(values.date);
  const corpus = await loadCorpus(positionals[0] ?? 'Standards');
  process.stdout.write(JSON.stringify(buildRegistrySnapshot(corpus.registry, date), null, 2) + '\n');
  return 0;
}

process.exitCode = await runCommand(USAGE, main);
