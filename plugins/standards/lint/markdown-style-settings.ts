// The remark-lint presets as one list of (rule name, plugin, option), so the
// `markdownStyle` config can switch single rules off or change their option,
// and the `markdown-style` rule can build one processor per setting.
import type { Plugin } from 'unified';
import remarkPresetLintConsistent from 'remark-preset-lint-consistent';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import type { MarkdownStyleOptions } from './rule.js';

export interface StylePlugin {
  /** The remark-lint rule name, e.g. `list-item-indent`; `lint` for remark-lint's comment control. */
  name: string;
  plugin: Plugin<[unknown?]>;
  /** Undefined: the rule's own default. */
  option: unknown;
}

const PRESETS = {
  recommended: [remarkPresetLintRecommended],
  consistent: [remarkPresetLintConsistent],
  'recommended+consistent': [remarkPresetLintRecommended, remarkPresetLintConsistent],
} as const;

export const PRESET_NAMES = Object.keys(PRESETS) as Array<MarkdownStyleOptions['preset']>;

/** The plugins of the presets, a later preset overriding an earlier one's option as unified does. */
export function presetPlugins(preset: MarkdownStyleOptions['preset']): StylePlugin[] {
  const byName = new Map<string, StylePlugin>();
  for (const { plugins } of PRESETS[preset]) {
    for (const entry of plugins ?? []) {
      const [plugin, option] = (Array.isArray(entry) ? entry : [entry, undefined]) as [Plugin<[unknown?]>, unknown];
      const name = plugin.name.startsWith('remark-lint:') ? plugin.name.slice('remark-lint:'.length) : 'lint';
      byName.set(name, { name, plugin, option });
    }
  }
  return [...byName.values()];
}

/** The plugins to run for a setting: the preset's, minus rules turned off, with options replaced. */
export function stylePlugins(options: MarkdownStyleOptions): StylePlugin[] {
  return presetPlugins(options.preset).flatMap((entry) => {
    const setting = options.rules?.[entry.name];
    if (setting === undefined || setting === true) return [entry];
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
