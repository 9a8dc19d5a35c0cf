// npm run search:index -- [DIR] [--site-url URL] [--date YYYY-MM-DD] [--dry-run]
// Sends one search record per document and per section to Algolia, replacing
// the index atomically. Needs ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY (a key that
// may write) and ALGOLIA_INDEX_NAME; --dry-run prints the records instead.
import { parseArgs } from 'node:util';
import { buildSearchRecords } from '../plugins/standards/export/search-records.js';
import { parseDateOption, runCommand, UsageError } from '../plugins/standards/parse/cli-options.js';
import { loadCorpus } from '../plugins/standards/parse/load-corpus.js';
import { algoliaTargetFromEnv, createAlgoliaIndex } from '../plugins/standards/search/algolia.js';

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
  const corpus = await loadCorpus(positionals[0] ?? (process.env.STANDARDS_DIR?.trim() || 'Standards'));
  const records = buildSearchRecords(corpus.registry, date, values['site-url'] ?? DEFAULT_SITE_URL);
  if (values['dry-run']) {
    process.stdout.write(JSON.stringify(records, null, 2) + '\n');
    return 0;
  }
  const target = algoliaTargetFromEnv(process.env);
  if (target === null || 'missing' in target) {
    const missing = target?.missing ?? ['ALGOLIA_APP_ID', 'ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_INDEX_NAME'];
    throw new UsageError(`Missing ${missing.join(', ')}, expected Algolia credentials in the environment (or --dry-run)`);
  }
  const result = await createAlgoliaIndex(target, records);
  console.log(`Replaced Algolia index ${target.indexName} with ${result.records} records in ${result.batches} batch(es).`);
  return 0;
}

process.exitCode = await runCommand(USAGE, main);
