// What a lint rule is: metadata plus a pure check. Rules never see severities
// or configuration, and never stamp their own id: the runner does that.
import type { Root } from 'mdast';
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { Registry } from '../model/registry.js';
import type { ParsedScopeFile } from '../model/scope.js';
import type { Finding, RuleFinding } from '../report/diagnostic.js';
import type { Outline } from '../markdown/outline.js';
import type { BaseSnapshot } from '../history/snapshot.js';
import type { SvgAttachment } from './svg-attachments.js';

export type SeveritySetting = 'off' | 'warn' | 'error';

export interface RuleMeta {
  /** Kebab-case id; its file is `rules/<id>.ts`, its docs page `docs/lint-rules/<id>.md`. */
  id: string;
  /** One line: what the rule checks. */
  description: string;
  defaultSeverity: SeveritySetting;
  /** True when some findings carry a fix that `lint:standards --fix` applies (see lint/fix.ts). */
  fixable?: boolean;
  /**
   * Settings of `standards-lint.config.json` or flags the rule reads besides its severity, e.g. `maxFileBytes`,
   * as written by users (see LINT_OPTION_NAMES). A rule sees only these in `options` (lint/rule-options.ts):
   * reading another one fails its check, and tests/rule-options.test.ts fails on one declared but never read.
   */
  options?: readonly LintOptionName[];
  /**
   * Valid and invalid inputs with their exact findings: run by tests/rule-examples.test.ts
   * and printed on the rule's docs page by `npm run docs:rules` (lint/rule-docs.ts).
   */
  examples?: readonly RuleExample[];
}

/** One example of a rule: a document (and any other files it needs) and exactly what the rule reports on it. */
export interface RuleExample {
  /** What it shows, e.g. "a curly apostrophe"; the page prints it as a heading line. */
  title: string;
  /** The file shown and reported on, e.g. `scs-0100-v1-flavor-naming.md`. */
  file: string;
  /** Its text as written. */
  text: string;
  /** Other files of the corpus the example needs (a linked document, say); not shown. */
  others?: Readonly<Record<string, string>>;
  /** `line:column message` of each finding on `file`, in order; empty for an accepted input. */
  findings: readonly string[];
  /** The text after `npm run lint:standards -- --fix`, for a rule with fixes. */
  fixed?: string;
}

/** Everything a per-file rule may look at. Parsed once, shared by every rule. */
export interface FileContext {
  /** Path relative to the corpus root. */
  path: string;
  /** Full text (BOM removed, line endings normalized to LF). */
  text: string;
  /** Null when the file name or front matter made a document impossible. */
  document: StandardDocument | null;
  /** Findings from reading and parsing, each already tagged with its rule id. */
  parseFindings: readonly RuleFinding[];
  /** Markdown tree of the body, positions in file lines; null when there is no body to parse. */
  tree: Root | null;
  options: LintOptions;
}

export interface FileRule {
  meta: RuleMeta;
  scope: 'file';
  /** Loads what `check` needs on first use (large modules); the runner awaits it before checking a file with a body. */
  load?(): Promise<void>;
  check(context: FileContext): Finding[];
}

/** What survives of one file after the per-file pass (cached and sent between threads). */
export interface FileSummary {
  path: string;
  document: StandardDocument | null;
  outline: Outline | null;
}

export interface CorpusContext {
  registry: Registry;
  files: readonly FileSummary[];
  date: CalendarDate;
  options: LintOptions;
  /** The base tree with `--base REF`; null without, and history rules then find nothing. */
  base?: BaseSnapshot | null;
  /** The scope files (see parse/load-scopes.ts), paths relative to the corpus root; none when absent. */
  scopes?: readonly ParsedScopeFile[];
  /** The SVG attachments of the corpus, as the portal's sanitizer reads them (see svg-attachments.ts); none when absent. */
  svgAttachments?: readonly SvgAttachment[];
}

export interface CorpusRule {
  meta: RuleMeta;
  scope: 'corpus';
  /** May be async (the `external-links` rule waits for the network); the runner awaits it. */
  check(context: CorpusContext): Array<Finding & { path: string }> | Promise<Array<Finding & { path: string }>>;
}

export type Rule = FileRule | CorpusRule;

export interface LintOptions {
  /** The portal's public URL; absolute links below it count as internal. */
  siteUrl: string;
  /** Path below siteUrl where standards live, e.g. `/standards`. */
  standardsPath: string;
  maxFileBytes: number;
  /** Check external links over the network (`--external-links`); off by default. */
  externalLinks: boolean;
  /** Let `--external-links` request loopback, private and link-local addresses too (`--allow-private-links`); off by default. */
  allowPrivateLinks: boolean;
  /** remark-lint settings of the `markdown-style` rule, from `markdownStyle` in the config file. */
  markdownStyle: MarkdownStyleOptions;
}

/** How each of the LintOptions is written where users set it: its key in the configuration file, or its flag. */
export const LINT_OPTION_NAMES = {
  siteUrl: 'siteUrl',
  standardsPath: 'standardsPath',
  maxFileBytes: 'maxFileBytes',
  externalLinks: '--external-links',
  allowPrivateLinks: '--allow-private-links',
  markdownStyle: 'markdownStyle',
} as const satisfies Record<keyof LintOptions, string>;

export type LintOptionName = (typeof LINT_OPTION_NAMES)[keyof LintOptions];

export interface MarkdownStyleOptions {
  /** Which remark-lint presets to apply. */
  preset: 'recommended' | 'consistent' | 'recommended+consistent';
  /**
   * Per remark-lint rule of the presets, by its name without `remark-lint-`:
   * `false` turns it off, `true` keeps the preset's setting, any other value is
   * the rule's option (e.g. `"list-item-indent": "one"`). Checked by
   * `parseMarkdownStyleOptions` in rules/markdown-style.ts.
   */
  rules?: Record<string, unknown>;
}
