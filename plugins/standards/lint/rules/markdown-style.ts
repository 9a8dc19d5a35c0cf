// Markdown style through remark-lint, on the tree the other rules share: the
// lint plugins' transformers run on it directly (no second parse), with a
// VFile of the body so rules that read the source see the right text.
import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { bodySource, visitNodes } from '../../markdown/markdown.js';
import { stylePlugins } from '../markdown-style-settings.js';
import type { FileRule, MarkdownStyleOptions } from '../rule.js';

/**
 * What each remark-lint rule looks at; a rule is run only if its tree has one
 * of these (rules not listed always run). Each remark-lint rule walks the whole
 * tree, and that walk is most of its cost, so skipping rules that cannot
 * report anything is the cheapest way to run the presets. The equivalence is
 * tested in markdown-style.test.ts.
 */
const TRIGGERS: Record<string, readonly string[]> = {
  lint: ['lintComment'], // `<!-- lint disable ... -->` comments
  'blockquote-indentation': ['blockquote'],
  'no-blockquote-without-marker': ['blockquote'],
  'checkbox-character-style': ['taskListItem'],
  'code-block-style': ['code'],
  'fenced-code-marker': ['code'],
  'heading-style': ['heading'],
  'no-heading-content-indent': ['heading'],
  'link-title-style': ['link', 'image', 'definition'],
  'no-literal-urls': ['link'],
  'list-item-bullet-indent': ['list'],
  'list-item-indent': ['list'],
  'list-item-content-indent': ['listItem'],
  'ordered-list-marker-style': ['orderedList'],
  'ordered-list-marker-value': ['orderedList'],
  'ordered-list-numbering': ['orderedList'],
  'unordered-list-marker-style': ['unorderedList'],
  'no-unclosed-fence': ['code'],
  'no-missing-heading-space': ['paragraph'],
  'no-duplicate-definitions': ['definition', 'footnoteDefinition'],
  'no-unused-definitions': ['definition', 'footnoteDefinition'],
  'hard-break-spaces': ['break'],
  'no-shortcut-reference-image': ['imageReference'],
  'no-shortcut-reference-link': ['linkReference'],
  'emphasis-marker': ['emphasis'],
  'strong-marker': ['strong'],
  'rule-style': ['thematicBreak'],
  'table-cell-padding': ['table'],
};

/** The node kinds in a tree, in the words of TRIGGERS. */
export function presentKinds(tree: Root): Set<string> {
  const kinds = new Set<string>();
  visitNodes(tree, (node) => {
    kinds.add(node.type);
    if (node.type === 'list') kinds.add(node.ordered ? 'orderedList' : 'unorderedList');
    else if (node.type === 'listItem' && typeof node.checked === 'boolean') kinds.add('taskListItem');
    else if (node.type === 'html' && /<!--\s*lint\b/.test(node.value)) kinds.add('lintComment');
  });
  return kinds;
}

/** One frozen processor per setting and set of rules: attaching plugins per file would cost more than running them. */
const processors = new Map<string, Processor<Root, Root, Root>>();

export function processorFor(options: MarkdownStyleOptions, kinds: ReadonlySet<string> | null): Processor<Root, Root, Root> {
  const plugins = stylePlugins(options).filter(({ name }) => !kinds || !TRIGGERS[name] || TRIGGERS[name].some((kind) => kinds.has(kind)));
  const key = JSON.stringify([options, plugins.map(({ name }) => name)]);
  let processor = processors.get(key);
  if (!processor) {
    const built = unified() as unknown as Processor<Root, Root, Root>;
    for (const { plugin, option } of plugins) {
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
    description: 'Markdown follows the remark-lint presets set in `markdownStyle` of the config file, tuned to agree with markdownlint\'s defaults.',
    defaultSeverity: 'warn',
    examples: [
      {
        title: 'wide list markers, mixed emphasis and a bare URL',
        file: 'scs-0121-v1-log-retention.md',
        text: '---\ntitle: Log retention\ntype: Standard\nstatus: Draft\ntrack: Ops\n---\n\n## Introduction\n\nLogs are kept *at least* 30 days and _at most_ 90 days.\n\n-   audit logs\n-   access logs\n\nSee https://example.com/retention for the reasons.\n',
        findings: [
          '10:38 Unexpected emphasis marker `_`, expected `*` (emphasis-marker)',
          '12:5 Unexpected `3` spaces between list item marker and content, expected `1` space, remove `2` spaces (list-item-indent)',
          '13:5 Unexpected `3` spaces between list item marker and content, expected `1` space, remove `2` spaces (list-item-indent)',
          '15:5 Unexpected GFM autolink literal, expected regular autolink, add `<` before and `>` after (no-literal-urls)',
        ],
      },
      {
        title: 'tidy Markdown',
        file: 'scs-0121-v1-log-retention.md',
        text: '---\ntitle: Log retention\ntype: Standard\nstatus: Draft\ntrack: Ops\n---\n\n## Introduction\n\nLogs are kept *at least* 30 days and *at most* 90 days.\n\n- audit logs\n- access logs\n\nSee <https://example.com/retention> for the reasons.\n',
        findings: [],
      },
    ],
    options: ['markdownStyle'],
  },
  scope: 'file',
  check({ document, tree, options }) {
    if (!document || !tree) return [];
    const file = new VFile({ path: document.path, value: bodySource(document) });
    runWithoutStacks(() => processorFor(options.markdownStyle, presentKinds(tree)).runSync(tree, file));
    const comments = commentDefinitions(tree);
    return file.messages
      .filter((message) => !(message.ruleId === 'no-unused-definitions' && comments.has(`${message.line}:${message.column}`)))
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

/**
 * Where `[//]: # (text)` definitions are: a Markdown comment by convention,
 * never meant to be referenced (markdownlint's MD053 ignores them too).
 */
function commentDefinitions(tree: Root): Set<string> {
  const places = new Set<string>();
  visitNodes(tree, (node) => {
    if (node.type === 'definition' && node.label === '//' && node.position) places.add(`${node.position.start.line}:${node.position.start.column}`);
  });
  return places;
}

/**
 * remark-lint's "consistent" rules build a message (an Error) for the first
 * style they meet in every file, to cite as the cause if a later one differs;
 * capturing a stack for each was a tenth of this rule's time. Messages never
 * carry their stack (vfile-message replaces it), so none is captured.
 */
function runWithoutStacks(run: () => void): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
