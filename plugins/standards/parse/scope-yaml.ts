// A whole YAML file as a tree with positions, read the same way as front
// matter (parse/front-matter.ts): the `yaml` package with its core schema, so
// dates stay the calendar days written, duplicate keys are errors and alias
// expansion is bounded. The anchors, aliases and flow nesting written are
// counted before parsing (YAML_FILE_LIMITS): the parser's time grows with
// their square. Nothing in the file is ever evaluated.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { RuleFinding, Span } from '../report/diagnostic.js';
import { MAX_ALIAS_COUNT, scanYaml, YAML_FILE_LIMITS } from './input-limits.js';


export interface YamlTree {
  /** The top-level node; null when the file is empty or unreadable. */
  root: Node | null;
  doc: Document | null;
  spanOf(node: Node | null | undefined): Span;
  findings: RuleFinding[];
}

export function readYamlTree(text: string, ruleId: string, what: string): YamlTree {
  const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const over = scanYaml(source, 1, YAML_FILE_LIMITS, `the ${what}`);
  if (over) {
    const unread: Span = { start: { line: 1, column: 1 } };
    return { root: null, doc: null, spanOf: () => unread, findings: [{ ruleId, message: over.message, span: over.span }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false, merge: false });
  const rangeSpan = (range: readonly number[] | null | undefined): Span => {
    const [startOffset = 0, endOffset = startOffset] = range ?? [];
    const start = lineCounter.linePos(startOffset);
    const end = lineCounter.linePos(endOffset);
    return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
  };
  const spanOf = (node: Node | null | undefined) => rangeSpan(node?.range);
  const findings: RuleFinding[] = doc.errors.map((error) => ({
    ruleId,
    message:
      error.code === 'DUPLICATE_KEY'
        ? `Unexpected duplicate key, expected each key once in a ${what}`
        : `Invalid YAML in ${what}: ${error.message.split('\n')[0]!.replace(/\.$/, '')}`,
    span: rangeSpan(error.pos),
  }));
  if (findings.length > 0) return { root: null, doc: null, spanOf, findings };
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    findings.push({
      ruleId,
      message: `Unexpected alias expansion: ${(error as Error).message.split('\n')[0]!.replace(/\.$/, '')}; expected plain values`,
      span: { start: { line: 1, column: 1 } },
    });
    return { root: null, doc: null, spanOf, findings };
  }
  return { root: (doc.contents as Node | null) ?? null, doc, spanOf, findings };
}

/** Follows an alias to the node it names (the expansion was bounded above). */
export function resolveNode(tree: YamlTree, node: Node | null | undefined): Node | null {
  if (!node) return null;
  if (isAlias(node) && tree.doc) return (node.resolve(tree.doc) as Node | undefined) ?? null;
  return node;
}

/** A value in words for messages: `list`, `mapping`, `number \`3\``, `empty value`. */
export function describeNode(node: Node | null): string {
  if (node === null) return 'empty value';
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'list';
  if (isScalar(node)) {
    const value = node.value;
    if (value === null) return 'empty value';
    if (typeof value === 'string') return `text \`${value.length > 40 ? value.slice(0, 40) + '…' : value}\``;
    return `${typeof value === 'boolean' ? 'boolean' : 'number'} \`${node.source ?? String(value)}\``;
  }
  return 'value';
}
