// The limits on what a document may make the tools do before anything is
// parsed, in one place: the parser (parse/front-matter.ts, parse/load.ts) and
// the front-matter editor (edit/front-matter-edit.ts) refuse the same files
// with the same messages. The Markdown body's limits are in markdown/limits.ts.
import { Lexer } from 'yaml';
import type { Span } from '../report/diagnostic.js';

/** Files larger than this are not read as documents (`maxFileBytes` in the lint configuration changes it for the linter). */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** Bounds alias expansion per value: enough for any honest document, far too little for a bomb. */
export const MAX_ALIAS_COUNT = 50;

/**
 * Bounds on the YAML as written, checked before it is parsed: thousands of
 * anchors or aliases make the parser and the alias resolution slow (each alias
 * looks its anchor up through the whole document), whatever the alias limit
 * above, which counts per value. Front matter needs a handful of each, if any.
 */
export const YAML_LIMITS = {
  anchors: 100,
  aliases: 100,
  /** Flow collections (`[`, `{`) open inside one another. */
  flowDepth: 100,
} as const;

export type YamlLimits = { readonly [Key in keyof typeof YAML_LIMITS]: number };

/**
 * The same bounds for a whole YAML file (scope and compliance files, up to
 * the file-size limit): honest ones use no anchors at all. Without them, a
 * 0.8 MB scope file of 32,000 anchors and as many aliases took 235 s to read.
 */
export const YAML_FILE_LIMITS: YamlLimits = {
  anchors: 200,
  aliases: 200,
  flowDepth: 100,
};

/** A limit crossed: the rule that reports it, the message and where. */
export interface LimitHit {
  ruleId: 'resource-limit' | 'file-size' | 'front-matter-syntax';
  message: string;
  span: Span;
}

/** The file-size finding for a file of `bytes` over `maxBytes`. */
export function fileSizeHit(bytes: number, maxBytes: number): LimitHit {
  return {
    ruleId: 'file-size',
    message: `Unexpected file of ${formatBytes(bytes)}, expected at most ${formatBytes(maxBytes)}; the file was not parsed`,
    span: { start: { line: 1, column: 1 } },
  };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Tokens of the lexer that stand for no text of the source (document, scalar and flow-error marks, a BOM). */
const CONTROL_TOKEN = /^[\u0002\u0018\u001f\ufeff]$/;

/**
 * The YAML's tokens, before parsing: anchors, aliases and flow nesting within
 * `limits`. One pass, linear. `firstLine` is the file line of the YAML's first
 * line; `where` names the YAML in the message (`front matter`, `the scope file`).
 */
export function scanYaml(yamlText: string, firstLine: number, limits: YamlLimits = YAML_LIMITS, where = 'front matter'): LimitHit | null {
  let anchors = 0;
  let aliases = 0;
  let depth = 0;
  let offset = 0;
  const hit = (what: string, limit: number): LimitHit => {
    const before = yamlText.slice(0, offset);
    const line = firstLine + (before.match(/\n/g)?.length ?? 0);
    const column = offset - before.lastIndexOf('\n');
    return {
      ruleId: 'resource-limit',
      message: `Unexpected more than ${limit} ${what} in ${where}, expected fewer; ${where.startsWith('the ') ? where : `the ${where}`} was not read`,
      span: { start: { line, column } },
    };
  };
  for (const token of new Lexer().lex(yamlText)) {
    if (CONTROL_TOKEN.test(token)) continue;
    if (token[0] === '&' && ++anchors > limits.anchors) return hit('anchors (`&name`)', limits.anchors);
    if (token[0] === '*' && ++aliases > limits.aliases) return hit('aliases (`*name`)', limits.aliases);
    if (token === '[' || token === '{') {
      if (++depth > limits.flowDepth) return hit('flow collections (`[`, `{`) inside one another', limits.flowDepth);
    } else if (token === ']' || token === '}') {
      depth = Math.max(0, depth - 1);
    }
    offset += token.length;
  }
  return null;
}

/** The message of an alias expansion refused by `MAX_ALIAS_COUNT` while reading field `key`. */
export function aliasExpansionMessage(key: string, error: unknown): string {
  return `Unexpected alias expansion in \`${key}\`: ${(error as Error).message.split('\n')[0]!.replace(/\.$/, '')}; expected plain values`;
}
