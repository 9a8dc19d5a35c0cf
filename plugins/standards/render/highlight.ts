// A rehype plugin that highlights fenced code at build time: Prism runs in
// Node and the page receives `<span class="token keyword">` elements that
// CSS colours (src/css/code.css), so no highlighter ships to the browser.
// Mermaid fences are left as text for the diagram component.
import { createRequire } from 'node:module';
import Prism from 'prismjs';
import loadLanguages from 'prismjs/components/index.js';

interface HastText {
  type: 'text';
  value: string;
}

interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}

type HastNode = HastText | HastElement | { type: string; children?: HastNode[] };

/** Languages left as text: diagrams are drawn in the browser, plain text has nothing to colour. */
const UNHIGHLIGHTED = new Set(['mermaid', 'text', 'txt', 'plain', 'plaintext']);
const LANGUAGE_NAME = /^[a-z0-9][a-z0-9+#_-]*$/;

loadLanguages.silent = true;

/**
 * Prism's components by id and alias. Its table of languages has a `meta`
 * entry that is no language, and its loader looks names up with `in`, so
 * `meta`, `constructor` or `toString` as a fence's language made it require a
 * module that does not exist and fail the build. Only names listed here are loaded.
 */
const { COMPONENTS, OPTIONAL } = (() => {
  const { languages } = createRequire(import.meta.url)('prismjs/components.js') as {
    languages: Record<string, { alias?: string | string[]; optional?: string | string[] }>;
  };
  const byName = new Map<string, string>();
  const optional = new Map<string, string[]>();
  for (const [id, component] of Object.entries(languages)) {
    if (id === 'meta') continue;
    byName.set(id, id);
    for (const alias of [component.alias ?? []].flat()) byName.set(alias, id);
    optional.set(id, [component.optional ?? []].flat());
  }
  return { COMPONENTS: byName as ReadonlyMap<string, string>, OPTIONAL: optional as ReadonlyMap<string, readonly string[]> };
})();

/** The Prism grammar for a fence's language, loading Prism's component on first use; undefined (plain text) when Prism has none. */
export function grammarOf(language: string): Prism.Grammar | undefined {
  // The name comes from an untrusted document: only plain names reach Prism's tables.
  if (!LANGUAGE_NAME.test(language) || UNHIGHLIGHTED.has(language)) return undefined;
  if (!Object.hasOwn(Prism.languages, language)) {
    const component = COMPONENTS.get(language);
    if (component === undefined) return undefined;
    try {
      // With the languages it embeds when they are loaded (Markdown's front matter is YAML): loaded with it, so
      // a fence is coloured the same whichever fences the build happened to highlight before it.
      loadLanguages([...(OPTIONAL.get(component) ?? []), component]);
    } catch {
      return undefined; // a component that fails to load leaves its code as text, never the build broken
    }
  }
  const grammar: unknown = Object.hasOwn(Prism.languages, language) ? Prism.languages[language] : undefined;
  // Prism.languages also holds helpers (`extend`, `insertBefore`, `DFS`): a grammar is a plain object.
  return typeof grammar === 'object' && grammar !== null ? (grammar as Prism.Grammar) : undefined;
}

/** Prism's tokens as hast: one span per token, classed `token <type> <alias…>` as Prism's own themes expect. */
export function tokensToHast(stream: Prism.TokenStream): HastNode[] {
  if (typeof stream === 'string') return stream === '' ? [] : [{ type: 'text', value: stream }];
  if (Array.isArray(stream)) return stream.flatMap((item) => tokensToHast(item));
  const aliases = stream.alias === undefined ? [] : Array.isArray(stream.alias) ? stream.alias : [stream.alias];
  return [{ type: 'element', tagName: 'span', properties: { className: ['token', stream.type, ...aliases] }, children: tokensToHast(stream.content) }];
}

function languageOf(code: HastElement): string | undefined {
  const classes = code.properties.className;
  const names = Array.isArray(classes) ? classes : typeof classes === 'string' ? classes.split(' ') : [];
  const match = names.map(String).find((name) => name.startsWith('language-'));
  return match?.slice('language-'.length).toLowerCase();
}

function highlight(node: HastNode): void {
  if (!('children' in node) || !node.children) return;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const element = child as HastElement;
    const code = element.tagName === 'pre' && element.children.length === 1 ? element.children[0] : undefined;
    if (code?.type === 'element' && (code as HastElement).tagName === 'code') {
      highlightCode(code as HastElement);
    } else {
      highlight(element);
    }
  }
}

function highlightCode(code: HastElement): void {
  const language = languageOf(code);
  const grammar = language === undefined ? undefined : grammarOf(language);
  if (!grammar || !code.children.every((child) => child.type === 'text')) return;
  const text = code.children.map((child) => (child as HastText).value).join('');
  code.children = tokensToHast(Prism.tokenize(text, grammar));
}

/** The plugin: `rehypePlugins: [rehypeHighlightCode]`. */
export function rehypeHighlightCode() {
  return (tree: HastNode) => highlight(tree);
}
