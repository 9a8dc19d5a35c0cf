// The pages of what changed between versions, as plain data (pure), then
// applied. Kept apart from ./routes.ts so the two change independently.
//
// Which pairs get a page of their own: consecutive major versions only. Their
// number is at most the number of documents (a corpus of 10,000 documents gets
// fewer than 10,000 such pages), while all pairs grow with the square of the
// versions of a standard (20 versions would be 190 pages) and would cost build
// time and space for pages almost nobody opens. Any other pair is compared in
// the browser on one page per standard with three or more versions, from the
// sections of its versions (plain data, see ../compare/sections.ts): the same
// comparison code, run on demand.
import type { PluginContentLoadedActions } from '@docusaurus/types';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { allStandards, type Registry } from '../model/registry.js';
import { comparePagePath, consecutivePairs, diffPagePath, toComparePageProp, toDiffPageProp } from './diff-props.js';

// Each page component wrapped so that the page carries its data (see ./client-routes.ts).
export const DIFF_COMPONENTS = {
  diff: '@site/src/components/standards/routes/DiffRoute',
  compare: '@site/src/components/standards/routes/CompareRoute',
} as const;

export interface DiffRouteSpec {
  path: string;
  component: (typeof DIFF_COMPONENTS)[keyof typeof DIFF_COMPONENTS];
  props: object;
}

export function buildDiffRoutes(registry: Registry, date: CalendarDate): DiffRouteSpec[] {
  return allStandards(registry).flatMap((standard) => [
    ...consecutivePairs(standard).map(({ from, to }) => ({ path: diffPagePath(standard, from, to), component: DIFF_COMPONENTS.diff, props: { page: toDiffPageProp(standard, from, to, date) } })),
    ...(standard.versions.length >= 3 ? [{ path: comparePagePath(standard), component: DIFF_COMPONENTS.compare, props: { page: toComparePageProp(standard, date) } }] : []),
  ]);
}

export function createDiffRoutes(actions: Pick<PluginContentLoadedActions, 'addRoute'>, routes: readonly DiffRouteSpec[]): void {
  for (const route of routes) actions.addRoute({ path: route.path, component: route.component, exact: true, props: { ...route.props } });
}
