// The plugin's pages as plain data (pure, snapshot-tested), then applied.
// The short permalinks are static files, not routes (see ./redirects.ts).
import type { PluginContentLoadedActions } from '@docusaurus/types';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { allStandards, type Registry } from '../model/registry.js';
import type { Scope } from '../model/scope.js';
import { statusPagePath } from '../export/urls.js';
import { toOverviewProp, toStatusPageProp, toTrackPageProp } from './page-props.js';
import { trackPath } from './links.js';
import { toStandardScopeUsage, toTrackScopesProp } from './scope-props.js';
import { toStatusDiffProp } from './diff-props.js';

// Each page component wrapped so that the page carries its data (see ./client-routes.ts).
const COMPONENTS = {
  overview: '@site/src/components/standards/routes/OverviewRoute',
  track: '@site/src/components/standards/routes/TrackRoute',
  status: '@site/src/components/standards/routes/StatusRoute',
} as const;

export interface RouteSpec {
  path: string;
  component: (typeof COMPONENTS)[keyof typeof COMPONENTS];
  props: object;
}

export function buildAllRoutes(registry: Registry, date: CalendarDate, scopes: readonly Scope[] = []): RouteSpec[] {
  const routes: RouteSpec[] = [{ path: '/standards', component: COMPONENTS.overview, props: { overview: toOverviewProp(registry, date) } }];
  for (const { track } of registry.tracks) {
    routes.push({ path: trackPath(track), component: COMPONENTS.track, props: { page: toTrackPageProp(registry, track, date), scopes: toTrackScopesProp(track, scopes, date) } });
  }
  for (const standard of allStandards(registry)) {
    const statusPage = statusPagePath(standard)!;
    routes.push({ path: statusPage, component: COMPONENTS.status, props: { page: toStatusPageProp(registry, standard, date), scopes: toStandardScopeUsage(registry, scopes, standard, date), diffs: toStatusDiffProp(standard) } });
  }
  return routes;
}

export function createAllRoutes(actions: Pick<PluginContentLoadedActions, 'addRoute'>, routes: readonly RouteSpec[]): void {
  for (const route of routes) {
    actions.addRoute({ path: route.path, component: route.component, exact: true, props: { ...route.props } });
  }
}
