// Table cells and description items end with a space. The portal's HTML
// minifier leaves out their optional end tags (`<td>a<td>b`), and Pagefind
// separates words only at end tags, so without the space it indexes the words
// of neighbouring cells as one (`Flavor namingscs-0100-v2`). A space at the
// end of a cell is invisible, survives the minifier, and is one text node, so
// React puts no comment into the HTML for it. Used for standards (body.ts) and
// the handbook (a rehype plugin in docusaurus.config.ts).
import type { Element, Root } from 'hast';

/** Elements whose end tag an HTML minifier may leave out, and that hold words. */
const SEPARATED = new Set(['th', 'td', 'dt', 'dd', 'caption']);

export function separateCells(tree: Root | Element): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    separateCells(child);
    if (!SEPARATED.has(child.tagName)) continue;
    const last = child.children.at(-1);
    if (last?.type !== 'text') child.children.push({ type: 'text', value: ' ' });
    else if (!/\s$/.test(last.value)) last.value += ' ';
  }
}

/** The plugin: `rehypePlugins: [rehypeSeparateCells]`. */
export function rehypeSeparateCells() {
  return (tree: Root) => separateCells(tree);
}
