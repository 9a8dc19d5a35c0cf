// The remark-lint presets as one list of (rule name, plugin, option), so the
// `markdownStyle` config can switch single rules off or change their option,
// and the `markdown-style` rule can build one processor per setting.
//
// On top of the presets sit the project's defaults (CORPUS_DEFAULTS): chosen
// so that a corpus clean under markdownlint's default rules (line length off)
// is clean here too, while real breakage is still reported. The mapping,
// rule by rule, is in docs/lint-rules/markdown-style.md.
import type { Plugin } from 'unified';
import remarkLintUnorderedListMarkerStyle from 'remark-lint-unordered-list-marker-style';
import remarkPresetLintConsistent from 'remark-preset-lint-consistent';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import type { MarkdownStyleOptions } from './rule.js';
import { noSpaceInEmphasis } from './remark/no-space-in-emphasis.js';
import { noMissingHeadingSpace } from './remark/no-missing-heading-space.js';
import { noUnclosedFence } from './remark/no-unclosed-fence.js';
import { orderedListNumbering } from './remark/ordered-list-numbering.js';

export interface StylePlugin {
  /** The remark-lint rule name, e.g. `list-item-indent`; `lint` for remark-lint's comment control. */
  name: string;
  plugin: Plugin<[unknown?]>;
  /** Undefined: the rule's own default. */
  option: unknown;
}

type PresetEntry = Plugin<[unknown?]> | [Plugin<[unknown?]>, unknown];

/** Rules each preset lacks that markdownlint's defaults have: added to the preset they belong with. */
const RECOMMENDED_EXTRAS: PresetEntry[] = [
  orderedListNumbering as Plugin<[unknown?]>,
  noUnclosedFence as Plugin<[unknown?]>,
  noSpaceInEmphasis as Plugin<[unknown?]>,
  noMissingHeadingSpace as Plugin<[unknown?]>,
];
const CONSISTENT_EXTRAS: PresetEntry[] = [[remarkLintUnorderedListMarkerStyle as Plugin<[unknown?]>, 'consistent']];

const RECOMMENDED: PresetEntry[] = [...(remarkPresetLintRecommended.plugins as PresetEntry[]), ...RECOMMENDED_EXTRAS];
const CONSISTENT: PresetEntry[] = [...(remarkPresetLintConsistent.plugins as PresetEntry[]), ...CONSISTENT_EXTRAS];

const PRESETS = {
  recommended: [RECOMMENDED],
  consistent: [CONSISTENT],
  'recommended+consistent': [RECOMMENDED, CONSISTENT],
} as const;

/**
 * The project's defaults over the presets: `false` turns a rule off, anything
 * else is its option. Each line says which markdownlint default it follows.
 */
export const CORPUS_DEFAULTS: Readonly<Record<string, unknown>> = {
  // MD052 checks only full and collapsed references: `[OPTIONAL]` or `[GiB]` is text.
  'no-undefined-references': { allowShortcutLink: true },
  // MD054 allows every link and image style.
  'no-shortcut-reference-link': false,
  'no-shortcut-reference-image': false,
  // No markdownlint default looks at cell padding; aligned tables are common and render the same.
  'table-cell-padding': false,
  // MD029 judges each list on its own: ordered-list-numbering does that instead.
  'ordered-list-marker-value': false,
  // Lazy continuation lines of a quote render as part of it; markdownlint does not report them.
  'no-blockquote-without-marker': false,
  // No markdownlint rule; `[x]`/`[X]` and title quotes render the same.
  'checkbox-character-style': false,
  'link-title-style': false,
  // MD009 (trailing spaces) is the `trailing-spaces` rule of this linter, which covers these too.
  'hard-break-spaces': false,
};

export const PRESET_NAMES = Object.keys(PRESETS) as Array<MarkdownStyleOptions['preset']>;

const nameOf = (plugin: Plugin<[unknown?]>) => (plugin.name.startsWith('remark-lint:') ? plugin.name.slice('remark-lint:'.length) : 'lint');

/** The plugins of the presets with their own options, a later preset overriding an earlier one's option as unified does. */
export function presetPlugins(preset: MarkdownStyleOptions['preset']): StylePlugin[] {
  const byName = new Map<string, StylePlugin>();
  for (const entries of PRESETS[preset]) {
    for (const entry of entries) {
      const [plugin, option] = Array.isArray(entry) ? entry : [entry, undefined];
      const name = nameOf(plugin);
      byName.set(name, { name, plugin, option });
    }
  }
  return [...byName.values()];
}

/**
 * The plugins to run for a setting: the preset's, with the project's defaults
 * applied, then the config's rules (`true` brings back the preset's own option).
 */
export function stylePlugins(options: MarkdownStyleOptions): StylePlugin[] {
  return presetPlugins(options.preset).flatMap((entry) => {
    const own = options.rules?.[entry.name];
    const setting = own !== undefined ? own : Object.hasOwn(CORPUS_DEFAULTS, entry.name) ? CORPUS_DEFAULTS[entry.name] : true;
    if (setting === true) return [entry];
    if (setting === false) return [];
    return [{ ...entry, option: setting }];
  });
}

export type MarkdownStyleResult = { ok: true; value: MarkdownStyleOptions } | { ok: false; message: string };

/** The `markdownStyle` value of the config file -> options, or what is wrong with it in words. */
export function parseMarkdownStyleOptions(raw: unknown): MarkdownStyleResult {
  const example = '{ "preset": "recommended+consistent", "rules": { "list-item-indent": false } }';
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, message: `Unexpected ${JSON.stringify(raw)} for \`markdownStyle\`, expected an object such as ${example}` };
  }
  const record = raw as Record<string, unknown>;
  const unknownKey = Object.keys(record).find((key) => key !== 'preset' && key !== 'rules');
  if (unknownKey !== undefined) {
    return { ok: false, message: `Unexpected key \`${unknownKey}\` in \`markdownStyle\`, expected \`preset\` and \`rules\` only, as in ${example}` };
  }
  const preset = record.preset ?? 'recommended+consistent';
  if (!PRESET_NAMES.includes(preset as MarkdownStyleOptions['preset'])) {
    return { ok: false, message: `Unexpected ${JSON.stringify(preset)} for \`markdownStyle.preset\`, expected one of ${PRESET_NAMES.map((name) => `"${name}"`).join(', ')}` };
  }
  const value: MarkdownStyleOptions = { preset: preset as MarkdownStyleOptions['preset'] };
  if (record.rules === undefined) return { ok: true, value };
  if (typeof record.rules !== 'object' || record.rules === null || Array.isArray(record.rules)) {
    return { ok: false, message: `Unexpected ${JSON.stringify(record.rules)} for \`markdownStyle.rules\`, expected an object such as { "list-item-indent": false }` };
  }
  const known = presetPlugins(value.preset).map((entry) => entry.name).filter((name) => name !== 'lint');
  const unknownRule = Object.keys(record.rules).find((name) => !known.includes(name));
  if (unknownRule !== undefined) {
    return { ok: false, message: `Unexpected remark-lint rule \`${unknownRule}\` in \`markdownStyle.rules\`, expected one of the preset's rules: ${known.map((name) => `\`${name}\``).join(', ')}` };
  }
  return { ok: true, value: { ...value, rules: record.rules as Record<string, unknown> } };
}
