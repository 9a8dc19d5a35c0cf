// Markdown links to a short permalink (`/standards/scs-0100`, `.../latest`)
// are pointed at the page it leads to. The permalinks are static redirect
// files (./redirects.ts), unknown to the router and the broken-link check:
// resolved here, such a link navigates inside the app and is checked like any other.
import type { Link, Parent, Root } from 'mdast';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { loadCorpusOnce, perCorpus } from './corpus.js';
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

/** Per loaded corpus and day: the same Map (callers may key their own caches by it) until the corpus is loaded again. */
const targetsByDay = perCorpus(() => new Map<CalendarDate, Map<string, string>>());

/** Each short permalink of the corpus as last loaded -> the page it leads to (the dev server loads it again after an edit). */
export async function loadPermalinkTargets(options: { standardsDir: string; date: CalendarDate }): Promise<Map<string, string>> {
  const corpus = await loadCorpusOnce(options.standardsDir);
  const byDay = targetsByDay(corpus);
  let targets = byDay.get(options.date);
  if (!targets) {
    targets = new Map(buildRedirects(corpus.registry, options.date).map((redirect) => [redirect.from, redirect.to]));
    byDay.set(options.date, targets);
  }
  return targets;
}

/** For Markdown compiled by Docusaurus (the handbook); standards get the same from content-module.ts. */
export function remarkResolvePermalinks(options: { standardsDir: string; date: CalendarDate }) {
  return () =>
    async (tree: Root): Promise<void> => {
      resolvePermalinks(tree, await loadPermalinkTargets(options));
    };
}
