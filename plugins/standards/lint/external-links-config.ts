// The link checker's settings from an `mlc_config.json`, the configuration
// file of markdown-link-check, so a repository that has one keeps its ignore
// list, rewrites and headers. Pure: text in, settings and problems out.
//
// Read: ignorePatterns, replacementPatterns, httpHeaders, timeout, retryOn429,
// retryCount, fallbackRetryDelay, aliveStatusCodes. Keys markdown-link-check
// knows but that mean nothing here (projectBaseUrl, baseUrl, ignoreDisable)
// and unknown keys are warnings; a value of the wrong type is an error.

export const MLC_CONFIG_FILE = 'mlc_config.json';

export interface LinkCheckConfig {
  /** A URL matching any of these is not requested. */
  ignorePatterns: RegExp[];
  /** Applied in order to each URL before it is checked. */
  replacementPatterns: Array<{ pattern: RegExp; replacement: string }>;
  /** Headers for URLs that start with one of `urls`; the first entry that matches wins. */
  httpHeaders: Array<{ urls: string[]; headers: Record<string, string> }>;
  timeoutMs: number | null;
  retryOn429: boolean | null;
  retryCount: number | null;
  fallbackRetryDelayMs: number | null;
  aliveStatusCodes: number[] | null;
}

export const EMPTY_LINK_CHECK_CONFIG: LinkCheckConfig = {
  ignorePatterns: [],
  replacementPatterns: [],
  httpHeaders: [],
  timeoutMs: null,
  retryOn429: null,
  retryCount: null,
  fallbackRetryDelayMs: null,
  aliveStatusCodes: null,
};

export type ParsedLinkCheckConfig = { ok: true; config: LinkCheckConfig; warnings: string[] } | { ok: false; message: string };

const KNOWN_ELSEWHERE = new Set(['projectBaseUrl', 'baseUrl', 'ignoreDisable']);

/** `env` supplies `{{env.NAME}}` in header values and replacements (unset: empty, as markdown-link-check does). */
export function parseLinkCheckConfig(text: string, file: string, env: Readonly<Record<string, string | undefined>>): ParsedLinkCheckConfig {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `${file}: not valid JSON (${(error as Error).message})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, message: `${file}: Unexpected ${describe(data)}, expected a JSON object` };
  const config: LinkCheckConfig = { ...EMPTY_LINK_CHECK_CONFIG, ignorePatterns: [], replacementPatterns: [], httpHeaders: [] };
  const warnings: string[] = [];
  const fail = (key: string, expected: string, value: unknown): ParsedLinkCheckConfig => ({
    ok: false,
    message: `${file}: Unexpected ${describe(value)} in \`${key}\`, expected ${expected}`,
  });
  const substitute = (value: string) => value.replace(/\{\{env\.([A-Za-z0-9_-]+)\}\}/g, (_, name: string) => env[name] ?? '');
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    switch (key) {
      case 'ignorePatterns': {
        if (!Array.isArray(value)) return fail(key, 'a list of { "pattern": "…" }', value);
        for (const [index, entry] of value.entries()) {
          const pattern = patternOf(entry);
          if (pattern === null) return fail(`${key}[${index}]`, 'an object with a "pattern" string', entry);
          const regex = compile(pattern, '');
          if (typeof regex === 'string') return fail(`${key}[${index}].pattern`, `a regular expression (${regex})`, pattern);
          config.ignorePatterns.push(regex);
        }
        break;
      }
      case 'replacementPatterns': {
        if (!Array.isArray(value)) return fail(key, 'a list of { "pattern": "…", "replacement": "…" }', value);
        for (const [index, entry] of value.entries()) {
          const pattern = patternOf(entry);
          const { replacement, global } = (entry ?? {}) as Record<string, unknown>;
          if (pattern === null || typeof replacement !== 'string') return fail(`${key}[${index}]`, 'an object with "pattern" and "replacement" strings', entry);
          if (global !== undefined && typeof global !== 'boolean') return fail(`${key}[${index}].global`, 'true or false', global);
          const regex = compile(pattern, global ? 'g' : '');
          if (typeof regex === 'string') return fail(`${key}[${index}].pattern`, `a regular expression (${regex})`, pattern);
          if (replacement.includes('{{BASEURL}}')) {
            warnings.push(`${file}: \`{{BASEURL}}\` in ${key}[${index}] is not supported (links inside the repository are checked by lint:standards); the pattern is skipped`);
            continue;
          }
          config.replacementPatterns.push({ pattern: regex, replacement: substitute(replacement) });
        }
        break;
      }
      case 'httpHeaders': {
        if (!Array.isArray(value)) return fail(key, 'a list of { "urls": [...], "headers": {...} }', value);
        for (const [index, entry] of value.entries()) {
          const { urls, headers } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
          if (!Array.isArray(urls) || !urls.every((url) => typeof url === 'string' && url !== '')) return fail(`${key}[${index}].urls`, 'a list of URL prefixes', urls);
          if (typeof headers !== 'object' || headers === null || Array.isArray(headers) || !Object.values(headers).every((header) => typeof header === 'string')) {
            return fail(`${key}[${index}].headers`, 'an object of header names and string values', headers);
          }
          const names = Object.keys(headers);
          const invalid = names.find((name) => !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name));
          if (invalid !== undefined) return fail(`${key}[${index}].headers`, 'header names made of letters, digits and -', invalid);
          const values = Object.fromEntries(Object.entries(headers as Record<string, string>).map(([name, header]) => [name, substitute(header)]));
          if (Object.values(values).some((header) => /[\r\n\0]/.test(header))) return fail(`${key}[${index}].headers`, 'header values on one line', '');
          config.httpHeaders.push({ urls: urls as string[], headers: values });
        }
        break;
      }
      case 'timeout':
      case 'fallbackRetryDelay': {
        const ms = parseDuration(value);
        if (ms === null) return fail(key, 'a duration such as "10s", "500ms" or "1m", or milliseconds', value);
        if (key === 'timeout') config.timeoutMs = ms;
        else config.fallbackRetryDelayMs = ms;
        break;
      }
      case 'retryOn429':
        if (typeof value !== 'boolean') return fail(key, 'true or false', value);
        config.retryOn429 = value;
        break;
      case 'retryCount':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10) return fail(key, 'a whole number from 0 to 10', value);
        config.retryCount = value;
        break;
      case 'aliveStatusCodes':
        if (!Array.isArray(value) || value.length === 0 || !value.every((code) => typeof code === 'number' && Number.isInteger(code) && code >= 100 && code <= 599)) {
          return fail(key, 'a list of HTTP status codes such as [200, 206]', value);
        }
        config.aliveStatusCodes = value as number[];
        break;
      default:
        warnings.push(
          KNOWN_ELSEWHERE.has(key)
            ? `${file}: \`${key}\` is a markdown-link-check setting that lint:links does not use; ignored`
            : `${file}: Unexpected key \`${key}\`, expected one of ignorePatterns, replacementPatterns, httpHeaders, timeout, retryOn429, retryCount, fallbackRetryDelay, aliveStatusCodes; ignored`,
        );
    }
  }
  return { ok: true, config, warnings };
}

/** What a link is checked as: not at all (`ignored`, with the pattern), or this URL after the replacements. */
export function applyLinkCheckConfig(url: string, config: LinkCheckConfig): { ignored: string } | { url: string } {
  const ignored = config.ignorePatterns.find((pattern) => pattern.test(url));
  if (ignored) return { ignored: ignored.source };
  return { url: config.replacementPatterns.reduce((current, { pattern, replacement }) => current.replace(pattern, replacement), url) };
}

/** Headers for one request: those of the first `httpHeaders` entry with a prefix of this URL. */
export function headersForUrl(config: LinkCheckConfig): (url: string) => Record<string, string> {
  return (url) => config.httpHeaders.find(({ urls }) => urls.some((prefix) => url.startsWith(prefix)))?.headers ?? {};
}

/** A stable text of what changes answers, so a cache written with other settings is not believed. */
export function linkCheckCacheKey(config: LinkCheckConfig): string {
  return JSON.stringify({ alive: config.aliveStatusCodes, headers: config.httpHeaders.map(({ urls, headers }) => ({ urls, names: Object.keys(headers).sort() })) });
}

/** `"10s"`, `"500ms"`, `"2m"`, `"1h"` or a number of milliseconds; null for anything else. */
export function parseDuration(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(value);
  if (!match) return null;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(match[2] ?? 'ms') as 'ms' | 's' | 'm' | 'h' | 'd'];
  return Math.round(Number(match[1]) * unit);
}

function patternOf(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { pattern } = entry as Record<string, unknown>;
  return typeof pattern === 'string' && pattern !== '' ? pattern : null;
}

function compile(source: string, flags: string): RegExp | string {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    return (error as Error).message;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.length > 60 ? `\`${value.slice(0, 60)}…\`` : `\`${value}\``;
  if (typeof value === 'object') return 'an object';
  return `\`${String(value)}\``;
}

/**
 * Lines whose links markdown-link-check's comments switch off, as it reads
 * them: `<!-- markdown-link-check-disable -->` up to
 * `<!-- markdown-link-check-enable -->` (or the end of the file),
 * `<!-- markdown-link-check-disable-next-line -->` and
 * `<!-- markdown-link-check-disable-line -->`. Line numbers start at 1.
 */
export function disabledLinkLines(text: string): Set<number> {
  const disabled = new Set<number>();
  const comment = (line: string, name: string) => new RegExp(`<!--[ \\t]+markdown-link-check-${name}[ \\t]+-->`).test(line);
  let off = false;
  let nextLine = false;
  text.split(/\r\n?|\n/).forEach((line, index) => {
    const number = index + 1;
    if (comment(line, 'disable')) off = true;
    if (off || nextLine || comment(line, 'disable-line')) disabled.add(number);
    nextLine = comment(line, 'disable-next-line');
    if (comment(line, 'enable')) off = false;
  });
  return disabled;
}
