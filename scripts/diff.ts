// npm run diff -- DOC DOC [--dir DIR] [--format text|json]
// Compares two versions of one standard: the sections aligned, the words
// inserted and deleted, and the requirement sentences added, removed or
// changed (plugins/standards/compare/). Exit 0 with a comparison; 2 for a bad
// command line, an unknown document or two different standards.
import { parseArgs } from 'node:util';
import { compareDocuments } from '../plugins/standards/compare/compare.js';
import { findDocumentPair } from '../plugins/standards/compare/find-documents.js';
import { formatComparisonText } from '../plugins/standards/compare/format-text.js';
import { buildComparableDocument } from '../plugins/standards/compare/sections.js';
import { runCommand, UsageError } from '../plugins/standards/parse/cli-options.js';
import { loadCorpus } from '../plugins/standards/parse/load-corpus.js';
import { escapeJsonForTerminal } from '../plugins/standards/report/terminal-text.js';

const USAGE = 'Usage: npm run diff -- scs-NNNN-vA scs-NNNN-vB [--dir DIR] [--format text|json]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { dir: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`Unexpected --format \`${format}\`, expected text or json`);
  if (positionals.length !== 2) throw new UsageError(`Unexpected ${positionals.length} document name(s), expected two versions of one standard`);
  const corpus = await loadCorpus(values.dir ?? 'Standards');
  const pair = findDocumentPair(corpus.registry, positionals[0]!, positionals[1]!, corpus.root);
  if ('problem' in pair) throw new UsageError(pair.problem);
  const comparison = compareDocuments(buildComparableDocument(pair.from), buildComparableDocument(pair.to));
  process.stdout.write(format === 'json' ? escapeJsonForTerminal(JSON.stringify(comparison, null, 2)) + '\n' : formatComparisonText(comparison));
  return 0;
}

process.exitCode = await runCommand(USAGE, main);
