// Markdown style through remark-lint, on the tree the other rules share: the
// lint plugins' transformers run on it directly (no second parse), with a
// VFile of the body so rules that read the source see the right text.
import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { bodySource } from '../markdown.js';
import { stylePlugins } from '../markdown-style-settings.js';
import type { FileRule, MarkdownStyleOptions } from '../rule.js';

/** One frozen processor per setting: attaching twenty plugins per file would cost more than running them. */
const processors = new Map<string, Processor<Root, Root, Root>>();

function processorFor(options: MarkdownStyleOptions): Processor<Root, Root, Root> {
  const key = JSON.stringify(options);
  let processor = processors.get(key);
  if (!processor) {
    const built = unified() as unknown as Processor<Root, Root, Root>;
    for (const { plugin, option } of stylePlugins(options)) {
      if (option === undefined) built.use(plugin);
      else built.use(plugin, option);
    }
    processor = built.freeze();
    processors.set(key, processor);
  }
  return processor;
}

export const rule: FileRule = {
  meta: {
    id: 'markdown-style',
    description: 'Markdown follows the remark-lint presets set in `markdownStyle` of the config file (recommended and consistent by default).',
    defaultSeverity: 'warn',
  },
  scope: 'file',
  check({ document, tree, options }) {
    if (!document || !tree) return [];
    const file = new VFile({ path: document.path, value: bodySource(document) });
    processorFor(options.markdownStyle).runSync(tree, file);
    return file.messages
      .map((message) => ({
        message: `${message.reason} (${message.ruleId ?? message.source ?? 'remark-lint'})`,
        span: {
          start: { line: message.place && 'start' in message.place ? message.place.start.line : (message.line ?? 1), column: message.place && 'start' in message.place ? message.place.start.column : (message.column ?? 1) },
          ...(message.place && 'start' in message.place ? { end: { line: message.place.end.line, column: message.place.end.column } } : {}),
        },
      }))
      .sort((a, b) => a.span.start.line - b.span.start.line || a.span.start.column - b.span.start.column);
  },
};
