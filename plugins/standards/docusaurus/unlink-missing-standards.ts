// The handbook links to standards of our own corpus. Built from another corpus
// (STANDARDS_DIR), some of those may not exist: such a link is kept as plain
// text with a warning, so only the handbook degrades and every other broken
// link still fails the build.
import type { Link, Parent, Root } from 'mdast';
import { documentPath, statusPagePath } from '../export/urls.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { allStandards, type Registry } from '../model/registry.js';
import { loadCorpusOnce, perCorpus } from './corpus.js';
import { trackPath } from './links.js';

/** Links into the standards that depend on which corpus is built. */
const STANDARDS_LINK = /^\/standards\/(?:[a-z]+\/)?scs-/;

/**
 * The overview, track, status and document pages of a corpus: the paths of
 * ./routes.ts (buildAllRoutes) and of the documents, without building any
 * page's props (the dev server asks again after each edit). Pure.
 */
export function standardsSitePaths(registry: Registry): Set<string> {
  const paths = ['/standards', ...registry.tracks.map(({ track }) => trackPath(track))];
  for (const standard of allStandards(registry)) {
    const statusPage = statusPagePath(standard);
    if (statusPage !== null) paths.push(statusPage);
  }
  for (const document of registry.documents) if (document.kind !== 'template') paths.push(documentPath(document));
  return new Set(paths);
}

const sitePathsOf = perCorpus((corpus) => standardsSitePaths(corpus.registry));

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
  const warned = new Set<string>(); // the server and client bundles both compile each page
  return () =>
    async (tree: Root, file: { path?: string }): Promise<void> => {
      // The corpus as last loaded: in the dev server, a standard added or removed since the start counts.
      const existing = sitePathsOf(await loadCorpusOnce(options.standardsDir));
      for (const url of unlinkMissingStandards(tree, existing)) {
        const warning = `[scs-standards] ${file.path ?? 'a handbook page'}: ${url} is not in ${options.standardsDir}; showing the link text only`;
        if (!warned.has(warning)) console.warn(warning);
        warned.add(warning);
      }
    };
}
