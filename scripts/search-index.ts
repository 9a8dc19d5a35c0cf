// npm run search:index -- [DIR] [--site-url URL] [--date YYYY-MM-DD] [--dry-run]
// Sends one search record per document and per section to Algolia, replacing
// the index atomically. Needs ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY (a key that
// may write) and ALGOLIA_INDEX_NAME; --dry-run prints the records instead.
// ALGOLIA_HOSTS (optional) sends to other hosts, e.g. a proxy in front of Algolia.
// Expected problems (missing settings, no network, a wrong application id or
// key, no answer in time) end with one line on stderr and exit code 1.
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildSearchRecords } from '../plugins/standards/export/search-records.js';
import { parseDateOption, runCommand, UsageError } from '../plugins/standards/parse/cli-options.js';
import { loadCorpus } from '../plugins/standards/parse/load-corpus.js';
import { AlgoliaProblem, algoliaTargetFromEnv, createAlgoliaIndex, type AlgoliaTarget } from '../plugins/standards/search/algolia.js';

const USAGE = 'Usage: npm run search:index -- [DIR] [--site-url URL] [--date YYYY-MM-DD] [--dry-run]';
const DEFAULT_SITE_URL = process.env.SITE_URL ?? 'https://docs.scs.community';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { date: { type: 'string' }, 'site-url': { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('Unexpected second folder, expected at most one');
  const date = parseDateOption(values.date);
  const dir = positionals[0] ?? (process.env.STANDARDS_DIR?.trim() || 'Standards');
  if (!(await stat(dir).catch(() => null))?.isDirectory()) return fail(`No such folder: ${dir}, expected a standards folder`, 2);
  // Settings are checked before the corpus is read, so a missing one is named at once.
  const target = values['dry-run'] ? null : targetOrProblem(process.env);
  if (typeof target === 'string') return fail(target);
  const corpus = await loadCorpus(dir);
  const records = buildSearchRecords(corpus.registry, date, values['site-url'] ?? DEFAULT_SITE_URL);
  if (target === null) {
    process.stdout.write(JSON.stringify(records, null, 2) + '\n');
    return 0;
  }
  try {
    const result = await createAlgoliaIndex(target, records);
    console.log(`Replaced Algolia index ${target.indexName} with ${result.records} records in ${result.batches} batch(es).`);
    return 0;
  } catch (error) {
    if (error instanceof AlgoliaProblem) return fail(error.message);
    throw error;
  }
}

/** The Algolia target from the environment, or the line that says what is wrong with the settings. */
function targetOrProblem(env: NodeJS.ProcessEnv): AlgoliaTarget | string {
  const target = algoliaTargetFromEnv(env);
  if (target === null || 'missing' in target) {
    const missing = target?.missing ?? ['ALGOLIA_APP_ID', 'ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_INDEX_NAME'];
    return `Missing ${missing.join(', ')} in the environment, expected Algolia's application id, a key that may write and the index name (or --dry-run)`;
  }
  return 'invalid' in target ? target.invalid : target;
}

function fail(line: string, code = 1): number {
  console.error(`search:index: ${line}`);
  return code;
}

process.exitCode = await runCommand(USAGE, main);
