// The scope and compliance pages as plain data (pure), applied by createAllRoutes.
import type { PluginContentLoadedActions } from '@docusaurus/types';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { scopePagePath, subjectPath } from '../export/scope-record.js';
import { toCompliancePageProp, toSubjectPageProp } from './compliance-props.js';
import { toScopePageProp } from './scope-props.js';
import type { RouteSpec } from './routes.js';
import type { ScopesContent } from './scopes-plugin.js';

export const SCOPE_COMPONENTS = {
  scope: '@site/src/components/scopes/ScopePage',
  compliance: '@site/src/components/scopes/CompliancePage',
  subject: '@site/src/components/scopes/SubjectPage',
} as const;

export type ScopeRouteSpec = Omit<RouteSpec, 'component'> & { component: (typeof SCOPE_COMPONENTS)[keyof typeof SCOPE_COMPONENTS] };

export function buildScopeRoutes(content: Omit<ScopesContent, 'origin'>, date: CalendarDate, siteUrl: string): ScopeRouteSpec[] {
  return [
    ...content.scopes.map((scope) => ({ path: scopePagePath(scope), component: SCOPE_COMPONENTS.scope, props: { page: toScopePageProp(content.registry, scope, date, siteUrl) } })),
    { path: '/compliance', component: SCOPE_COMPONENTS.compliance, props: { page: toCompliancePageProp(content.scopes, content.subjects, date, content.source) } },
    ...content.subjects.map((subject) => ({
      path: subjectPath(subject.subject),
      component: SCOPE_COMPONENTS.subject,
      props: { page: toSubjectPageProp(content.registry, subject, date, content.source, siteUrl) },
    })),
  ];
}

export function createScopeRoutes(actions: Pick<PluginContentLoadedActions, 'addRoute'>, routes: readonly ScopeRouteSpec[]): void {
  for (const route of routes) actions.addRoute({ path: route.path, component: route.component, exact: true, props: { ...route.props } });
}
