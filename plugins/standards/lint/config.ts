// The linter's one configuration file, `standards-lint.config.json` at the
// repository root: rule severities and the few settings rules need. Every
// default is visible in DEFAULTS; anything unexpected is a usage error.
import { readFile } from 'node:fs/promises';
import { editDistance } from '../parse/fields.js';
import { DEFAULT_MAX_FILE_BYTES } from '../parse/load.js';
import { parseMarkdownStyleOptions } from './markdown-style-settings.js';
import type { LintOptions, Rule, SeveritySetting } from './rule.js';

export const CONFIG_FILE_NAME = 'standards-lint.config.json';

export interface LintConfig {
  /** The setting of every known rule, defaults filled in. */
  severities: Record<string, SeveritySetting>;
  options: LintOptions;
}

const DEFAULTS: Omit<LintOptions, 'externalLinks' | 'allowPrivateLinks'> = {
  siteUrl: 'https://docs.scs.community',
  standardsPath: '/standards',
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  markdownStyle: { preset: 'recommended+consistent' },
};

const SEVERITIES: readonly SeveritySetting[] = ['off', 'warn', 'error'];
/** Rules whose findings mean the portal cannot build the file: they stay errors (see docs/lint-rules/resource-limit.md). */
const ALWAYS_ERROR = ['resource-limit'];
const KEYS = ['$schema', 'rules', 'markdownStyle', 'siteUrl', 'standardsPath', 'maxFileBytes'];

export type ConfigResult = { ok: true; config: LintConfig } | { ok: false; message: string };

export function defaultLintConfig(rules: readonly Rule[]): LintConfig {
  const result = parseLintConfig('{}', CONFIG_FILE_NAME, rules);
  if (!result.ok) throw new Error(`The built-in defaults are invalid: ${result.message}`);
  return result.config;
}

/** Config text -> settings, or the first problem in words. `source` names the file in messages. */
export function parseLintConfig(text: string, source: string, rules: readonly Rule[]): ConfigResult {
  const fail = (message: string): ConfigResult => ({ ok: false, message: `${source}: ${message}` });
  let raw: unknown;
  try {
    // Editors on Windows save JSON with a byte-order mark, which JSON.parse refuses.
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail(`Invalid JSON: ${(error as Error).message}`);
  }
  if (!isObject(raw)) return fail('Unexpected JSON value, expected an object such as `{ "rules": { "file-size": "warn" } }`');
  for (const key of Object.keys(raw)) {
    if (!KEYS.includes(key)) return fail(`Unexpected key \`${key}\`${didYouMean(key, KEYS)}, expected one of ${KEYS.map(quote).join(', ')}`);
  }

  const severities: Record<string, SeveritySetting> = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity]));
  const ruleIds = Object.keys(severities);
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) return fail('Unexpected `rules`, expected an object mapping rule ids to "off", "warn" or "error"');
    for (const [id, value] of Object.entries(raw.rules)) {
      if (!ruleIds.includes(id)) return fail(`Unexpected rule \`${id}\`${didYouMean(id, ruleIds)}, expected the id of a rule (see docs/lint-rules/)`);
      if (!SEVERITIES.includes(value as SeveritySetting)) {
        return fail(`Unexpected ${JSON.stringify(value)} for rule \`${id}\`, expected "off", "warn" or "error"`);
      }
      if (ALWAYS_ERROR.includes(id) && value !== 'error') {
        return fail(`Unexpected ${JSON.stringify(value)} for rule \`${id}\`, expected "error": a file over a limit cannot be published, so it must fail the lint`);
      }
      severities[id] = value as SeveritySetting;
    }
  }

  const options: LintOptions = { ...DEFAULTS, externalLinks: false, allowPrivateLinks: false };
  if (raw.siteUrl !== undefined) {
    if (typeof raw.siteUrl !== 'string' || !/^https?:\/\/[^/]+$/.test(raw.siteUrl.replace(/\/$/, ''))) {
      return fail(`Unexpected ${JSON.stringify(raw.siteUrl)} for \`siteUrl\`, expected the site's origin, e.g. "${DEFAULTS.siteUrl}"`);
    }
    options.siteUrl = raw.siteUrl.replace(/\/$/, '');
  }
  if (raw.standardsPath !== undefined) {
    if (typeof raw.standardsPath !== 'string' || !/^\/[^?#]*$/.test(raw.standardsPath)) {
      return fail(`Unexpected ${JSON.stringify(raw.standardsPath)} for \`standardsPath\`, expected a path from the site root, e.g. "${DEFAULTS.standardsPath}"`);
    }
    options.standardsPath = raw.standardsPath.replace(/(.)\/$/, '$1');
  }
  if (raw.maxFileBytes !== undefined) {
    if (typeof raw.maxFileBytes !== 'number' || !Number.isSafeInteger(raw.maxFileBytes) || raw.maxFileBytes < 1) {
      return fail(`Unexpected ${JSON.stringify(raw.maxFileBytes)} for \`maxFileBytes\`, expected a whole number of bytes, e.g. ${DEFAULT_MAX_FILE_BYTES}`);
    }
    options.maxFileBytes = raw.maxFileBytes;
  }
  if (raw.markdownStyle !== undefined) {
    const style = parseMarkdownStyleOptions(raw.markdownStyle);
    if (!style.ok) return fail(style.message);
    options.markdownStyle = style.value;
  }
  return { ok: true, config: { severities, options } };
}

/** Reads the config file; a missing file means defaults unless the path was asked for explicitly. */
export async function loadLintConfig(path: string, rules: readonly Rule[], { required }: { required: boolean }): Promise<ConfigResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return { ok: true, config: defaultLintConfig(rules) };
    return { ok: false, message: `${path}: Unreadable config file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  return parseLintConfig(text, path, rules);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function quote(text: string): string {
  return `\`${text}\``;
}

function didYouMean(word: string, candidates: readonly string[]): string {
  const best = candidates
    .map((candidate) => ({ candidate, distance: editDistance(word, candidate) }))
    .filter(({ distance }) => distance <= 3)
    .sort((a, b) => a.distance - b.distance)[0];
  return best ? ` (did you mean \`${best.candidate}\`?)` : '';
}
