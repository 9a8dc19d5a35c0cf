// A rehype plugin for standards: raw HTML in a document is parsed (so tables
// and <details> keep working) but anything that could run code is dropped.
// It runs after rehype-raw, which Docusaurus adds first for `.md` files.

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'base', 'link', 'meta', 'form', 'noscript', 'template', 'portal',
]);
const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'cite', 'background', 'data']);
const DROPPED_PROPERTIES = new Set(['style', 'ref', 'key', 'srcDoc', 'srcSet', 'dangerouslysetinnerhtml', 'dangerouslySetInnerHTML']);

export function isUnsafeUrl(value: unknown): boolean {
  // Browsers ignore control characters and blanks inside a scheme.
  const text = String(value).replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (text.startsWith('data:image/') && !text.startsWith('data:image/svg')) return false;
  return /^(javascript|vbscript|data):/.test(text);
}

function clean(node: HastNode): void {
  if (!node.children) return;
  node.children = node.children.filter((child) => !(child.type === 'element' && DROPPED_ELEMENTS.has(child.tagName ?? '')) && child.type !== 'raw');
  for (const child of node.children) {
    if (child.type === 'element' && child.properties) {
      for (const [name, value] of Object.entries(child.properties)) {
        const drop = /^on/i.test(name) || DROPPED_PROPERTIES.has(name) || (URL_PROPERTIES.has(name) && isUnsafeUrl(value));
        if (drop) delete child.properties[name];
      }
    }
    clean(child);
  }
}

/** The plugin: `rehypePlugins: [rehypeSanitizeStandards]`. */
export function rehypeSanitizeStandards() {
  return (tree: HastNode) => clean(tree);
}
