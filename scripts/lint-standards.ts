// npm run lint:standards -- [DIR|FILE...] [--format stylish|json|github] [--date YYYY-MM-DD]
//                           [--no-cache] [--external-links] [--config PATH] [--scopes DIR]
// Exit 0 without errors (warnings are fine), 1 with errors, 2 on bad usage.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_RULES } from '../plugins/standards/lint/all-rules.js';
import { cacheFileFor } from '../plugins/standards/lint/cache.js';
import { CONFIG_FILE_NAME, loadLintConfig } from '../plugins/standards/lint/config.js';
import { lintCorpus } from '../plugins/standards/lint/run.js';
import { parseDateOption, runCommand, UsageError } from '../plugins/standards/parse/cli-options.js';
import { compareDiagnostics, type Diagnostic } from '../plugins/standards/report/diagnostic.js';
import { FORMATS, isFormatName } from '../plugins/standards/report/formatters.js';

const USAGE = `Usage: npm run lint:standards -- [DIR|FILE...] [--format stylish|json|github] [--date YYYY-MM-DD]
                              [--no-cache] [--external-links] [--config PATH] [--scopes DIR]
Scope files are read from <DIR>/scopes/ unless --scopes names another folder.`;

/** One corpus folder to lint, and the files in it to report on (null: all of them). */
interface Target {
  root: string;
  only: Set<string> | null;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'stylish' },
      date: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      'external-links': { type: 'boolean', default: false },
      config: { type: 'string' },
      scopes: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = values.format;
  if (!isFormatName(format)) throw new UsageError(`Unexpected --format \`${format}\`, expected stylish, json or github`);
  const date = parseDateOption(values.date);
  const loaded = await loadLintConfig(values.config ?? CONFIG_FILE_NAME, ALL_RULES, { required: values.config !== undefined });
  if (!loaded.ok) throw new UsageError(loaded.message);
  const config = loaded.config;
  config.options.externalLinks = values['external-links'];
  const targets = await resolveTargets(positionals.length > 0 ? positionals : ['Standards']);
  const scopesDir = values.scopes === undefined ? undefined : path.resolve(values.scopes);
  if (scopesDir !== undefined && !(await stat(scopesDir).catch(() => null))?.isDirectory()) throw new UsageError(`No such folder for --scopes: ${values.scopes}`);

  const diagnostics: Diagnostic[] = [];
  let fileCount = 0;
  let unchecked = 0;
  for (const [index, target] of targets.entries()) {
    const result = await lintCorpus({
      // A folder given with --scopes may mix scopes with other YAML files; it is linted once, with the first corpus.
      ...(scopesDir !== undefined ? { scopes: index === 0 ? { dir: scopesDir, mixed: true } : null } : {}),
      root: target.root,
      config,
      date,
      ...(target.only ? { only: [...target.only] } : {}),
      cacheFile: values['no-cache'] ? null : cacheFileFor(target.root),
      parallel: 'auto',
      fileLabel: (relative) => path.relative(process.cwd(), path.join(target.root, relative)) || relative,
    });
    diagnostics.push(...result.diagnostics);
    fileCount += result.fileCount;
    unchecked += result.uncheckedExternalLinks;
  }
  diagnostics.sort(compareDiagnostics);
  process.stdout.write(FORMATS[format](diagnostics, fileCount));
  // On stderr, so JSON and annotations on stdout stay machine-readable.
  if (unchecked > 0) console.error(`${unchecked} external link${unchecked === 1 ? '' : 's'} not checked (use --external-links)`);
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
}

/** Folders lint everything in them; files lint their folder but report only on themselves. */
async function resolveTargets(inputs: string[]): Promise<Target[]> {
  const folders: string[] = [];
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new UsageError(`No such file or folder: ${input}`);
    (info.isDirectory() ? folders : files).push(path.resolve(input));
  }
  const targets = new Map<string, Target>();
  for (const folder of folders) targets.set(folder, { root: folder, only: null });
  for (const file of files) {
    if (folders.some((folder) => file.startsWith(folder + path.sep))) continue; // already linted whole
    const root = path.dirname(file);
    const target = targets.get(root) ?? { root, only: new Set<string>() };
    target.only?.add(path.basename(file));
    targets.set(root, target);
  }
  return [...targets.values()];
}

process.exitCode = await runCommand(USAGE, main);
