// Markdown links to a short permalink (`/standards/scs-0100`, `.../latest`)
// are pointed at the page it leads to. The permalinks are static redirect
// files (./redirects.ts), unknown to the router and the broken-link check:
// resolved here, such a link navigates inside the app and is checked like any other.
import type { Link, Parent, Root } from 'mdast';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { loadCorpusOnce } from './corpus.js';
import { buildRedirects } from './redirects.js';

/** Rewrites links whose path is a key of `targets`, keeping query and fragment. */
export function resolvePermalinks(tree: Root, targets: ReadonlyMap<string, string>): void {
  const visit = (parent: Parent) => {
    for (const child of parent.children) {
      if (child.type === 'link') {
        const link = child as Link;
        const [, path = '', rest = ''] = /^([^?#]*)(.*)$/s.exec(link.url) ?? [];
        const target = targets.get(path.replace(/(.)\/$/, '$1'));
        if (target !== undefined) link.url = target + rest;
      }
      if ('children' in child) visit(child as Parent);
    }
  };
  visit(tree);
}

/** Each short permalink of the corpus -> the page it leads to. */
export async function loadPermalinkTargets(options: { standardsDir: string; date: CalendarDate }): Promise<Map<string, string>> {
  const corpus = await loadCorpusOnce(options.standardsDir);
  return new Map(buildRedirects(corpus.registry, options.date).map((redirect) => [redirect.from, redirect.to]));
}

/** For Markdown compiled by Docusaurus (the handbook); standards get the same from content-module.ts. */
export function remarkResolvePermalinks(options: { standardsDir: string; date: CalendarDate }) {
  let targets: Promise<Map<string, string>> | undefined;
  return () =>
    async (tree: Root): Promise<void> => {
      resolvePermalinks(tree, await (targets ??= loadPermalinkTargets(options)));
    };
}
