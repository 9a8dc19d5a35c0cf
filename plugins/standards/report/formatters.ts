// The output formats by name, for the command line.
import type { BaselineReport } from './baseline-report.js';
import type { Diagnostic } from './diagnostic.js';
import { formatGithub } from './format-github.js';
import { formatJson } from './format-json.js';
import { formatMarkdown } from './format-markdown.js';
import { formatStylish } from './format-stylish.js';

export const FORMATS = {
  stylish: formatStylish,
  json: (diagnostics: readonly Diagnostic[], _fileCount: number, baseline: BaselineReport | null) => formatJson(diagnostics, baseline),
  github: (diagnostics: readonly Diagnostic[], _fileCount: number, baseline: BaselineReport | null) => formatGithub(diagnostics, baseline),
  markdown: formatMarkdown,
} satisfies Record<string, (diagnostics: readonly Diagnostic[], fileCount: number, baseline: BaselineReport | null) => string>;

export type FormatName = keyof typeof FORMATS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
