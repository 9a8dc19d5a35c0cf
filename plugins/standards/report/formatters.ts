// The output formats by name, for the command line.
import type { Diagnostic } from './diagnostic.js';
import { formatGithub } from './format-github.js';
import { formatJson } from './format-json.js';
import { formatStylish } from './format-stylish.js';

export const FORMATS = {
  stylish: formatStylish,
  json: (diagnostics: readonly Diagnostic[]) => formatJson(diagnostics),
  github: (diagnostics: readonly Diagnostic[]) => formatGithub(diagnostics),
} satisfies Record<string, (diagnostics: readonly Diagnostic[], fileCount: number) => string>;

export type FormatName = keyof typeof FORMATS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
