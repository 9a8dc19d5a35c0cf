// The handbook links to standards of our own corpus. Built from another corpus
// (STANDARDS_DIR), some of those may not exist: such a link is kept as plain
// text with a warning, so only the handbook degrades and every other broken
// link still fails the build.
import type { Link, Parent, Root } from 'mdast';
import { documentPath } from '../export/urls.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { Registry } from '../model/registry.js';
import { loadCorpusOnce } from './corpus.js';
import { buildAllRoutes } from './routes.js';

/** Links into the standards that depend on which corpus is built. */
const STANDARDS_LINK = /^\/standards\/(?:[a-z]+\/)?scs-/;

export function standardsSitePaths(registry: Registry, date: CalendarDate): Set<string> {
  const paths = buildAllRoutes(registry, date).map((route) => route.path);
  for (const document of registry.documents) if (document.kind !== 'template') paths.push(documentPath(document));
  return new Set(paths);
}

/** Replaces links to missing standards by their text; returns the URLs it unlinked. */
export function unlinkMissingStandards(tree: Root, existing: ReadonlySet<string>): string[] {
  const unlinked: string[] = [];
  const visit = (parent: Parent) => {
    parent.children.forEach((child, index) => {
      if (child.type === 'link') {
        const target = (child as Link).url.split(/[?#]/)[0]!.replace(/\/$/, '');
        if (STANDARDS_LINK.test(target) && !existing.has(target)) {
          unlinked.push((child as Link).url);
          parent.children.splice(index, 1, ...((child as Link).children as Parent['children']));
          return;
        }
      }
      if ('children' in child) visit(child as Parent);
    });
  };
  visit(tree);
  return unlinked;
}

export function remarkUnlinkMissingStandards(options: { standardsDir: string; date: CalendarDate }) {
  let existing: Promise<Set<string>> | undefined;
  const warned = new Set<string>(); // the server and client bundles both compile each page
  return () =>
    async (tree: Root, file: { path?: string }): Promise<void> => {
      existing ??= loadCorpusOnce(options.standardsDir).then((corpus) => standardsSitePaths(corpus.registry, options.date));
      for (const url of unlinkMissingStandards(tree, await existing)) {
        const warning = `[scs-standards] ${file.path ?? 'a handbook page'}: ${url} is not in ${options.standardsDir}; showing the link text only`;
        if (!warned.has(warning)) console.warn(warning);
        warned.add(warning);
      }
    };
}
