// Props of the scope page (`/standards/scopes/<scope>`) and of the lists of
// scope versions on status and document pages. Pure mappers from the model
// to exactly what a component renders.
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { Registry, Standard } from '../model/registry.js';
import type { Track } from '../model/vocabulary.js';
import { MAIN_TARGET, moduleById, SCOPE_VERSION_STATES, testCasesById, type Scope, type ScopeVersionState, type TestCaseLifetime } from '../model/scope.js';
import { resolveModuleStandard } from '../model/scope-standards.js';
import { scopeVersionHistory, scopeVersionSchedule, scopeVersionStateAt, versionsNewestFirst, type StateChange } from '../model/scope-timeline.js';
import { scopePagePath } from '../export/scope-record.js';
import { toDocLink, type DocLink } from './links.js';
import { timelineFrame, type TimelineProp } from './timeline.js';

export interface ScopeVersionColumn {
  version: string;
  /** The state on the page's day; the browser recomputes it from `schedule` (./scope-states.ts). */
  state: ScopeVersionState;
  stateLabel: string;
  stabilizedAt: CalendarDate | null;
  /** The version's changes of state, oldest first (model/scope-timeline.ts `scopeVersionSchedule`). */
  schedule: StateChange[];
}

export interface ScopeLink {
  /** Text, and a link when it leads somewhere: site-relative inside the portal, absolute outside. */
  text: string;
  url: string | null;
  internal: boolean;
}

export interface ScopeTestCaseProp {
  id: string;
  description: string | null;
  link: ScopeLink | null;
  /** Targets of the module that name it, e.g. `main`, `recommended`. */
  targets: string[];
  manual: boolean;
  lifetime: TestCaseLifetime;
  section: string | null;
}

export interface ScopeMatrixRow {
  module: { id: string; name: string };
  standard: DocLink | null;
  /** The module's URL when it names no document of the registry (an external guideline). */
  external: ScopeLink | null;
  /** One cell per column, in the columns' order. */
  cells: Array<{ version: string; included: boolean; parameters: Array<{ name: string; value: string; description: string | null }> }>;
  testcases: ScopeTestCaseProp[];
}

export interface ScopePageProp {
  slug: string;
  name: string;
  uuid: string;
  date: CalendarDate;
  source: ScopeLink | null;
  columns: ScopeVersionColumn[];
  rows: ScopeMatrixRow[];
  /** Test cases the versions add themselves (version `targets`), per version. */
  versionTargets: Array<{ version: string; target: string; testcases: string[] }>;
  variables: Array<{ name: string; default: string | null }>;
  timeline: TimelineProp;
  legend: Array<{ state: ScopeVersionState; label: string; explanation: string }>;
}

/** A scope version that includes a document: "SCS-compatible IaaS v5 (effective)". */
export interface ScopeUsageProp {
  scope: string;
  scopeUrl: string;
  version: string;
  /** The state on the page's day; the browser recomputes it from `schedule` (./scope-states.ts). */
  state: ScopeVersionState;
  stateLabel: string;
  /** The scope version's changes of state, oldest first (model/scope-timeline.ts `scopeVersionSchedule`). */
  schedule: StateChange[];
  /** The document version the scope version includes. */
  document: string;
  /** Targets of the module, `main` first: what the certificate asks for and what it only recommends. */
  targets: string[];
}

/** A version of a scope on the Scopes track page: its name and its state on the page's day. */
export interface TrackScopeVersion {
  version: string;
  /** The state on the page's day; the browser recomputes it from `schedule` (./scope-states.ts). */
  state: ScopeVersionState;
  stateLabel: string;
  /** The version's changes of state, oldest first (model/scope-timeline.ts `scopeVersionSchedule`). */
  schedule: StateChange[];
}

/** A certification scope as the Scopes track page lists it: a link to its page, and its versions with their states. */
export interface TrackScopeProp {
  name: string;
  url: string;
  /** Its versions in the order of the file (`v1`, `v2`, `next`). */
  versions: TrackScopeVersion[];
}

/** The scope pages the track page links: every readable scope on the Scopes track, by name, each version with its state on `date`; none on the others. */
export function toTrackScopesProp(track: Pick<Track, 'name'>, scopes: readonly Scope[], date: CalendarDate): TrackScopeProp[] {
  if (track.name !== 'Scopes') return [];
  return scopes
    .map((scope) => ({
      name: scope.name,
      url: scopePagePath(scope),
      versions: scope.versions.map(({ version }) => {
        const state = scopeVersionStateAt(scope, version, date);
        return { version, state, stateLabel: SCOPE_VERSION_STATES[state].label, schedule: scopeVersionSchedule(scope, version) };
      }),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** A URL from a scope file as a link: pages of this portal become site-relative when the document exists. */
export function toScopeLink(registry: Registry, siteUrl: string, url: string | null, text?: string): ScopeLink | null {
  if (url === null) return null;
  const prefix = siteUrl.replace(/\/+$/, '');
  if (url.startsWith(`${prefix}/`)) {
    const relative = url.slice(prefix.length);
    const documentId = /^\/standards\/([^/?#]+)/.exec(relative)?.[1];
    const known = documentId !== undefined && registry.documents.some((document) => document.id === documentId && document.kind !== 'template');
    if (known) return { text: text ?? relative, url: relative, internal: true };
  }
  return /^https?:\/\//i.test(url) ? { text: text ?? url, url, internal: false } : { text: text ?? url, url: null, internal: false };
}

export function toScopePageProp(registry: Registry, scope: Scope, date: CalendarDate, siteUrl: string): ScopePageProp {
  const versions = versionsNewestFirst(scope);
  const columns = versions.map((version) => {
    const state = scopeVersionStateAt(scope, version.version, date);
    return { version: version.version, state, stateLabel: SCOPE_VERSION_STATES[state].label, stabilizedAt: version.stabilizedAt, schedule: scopeVersionSchedule(scope, version.version) };
  });
  const testcases = testCasesById(scope);
  const rows = scope.modules
    .filter((module, index) => scope.modules.findIndex((other) => other.id === module.id) === index)
    .map((module): ScopeMatrixRow => {
      const resolved = resolveModuleStandard(registry, module);
      const targetsOf = (id: string) => Object.entries(module.targets).flatMap(([target, ids]) => (ids.includes(id) ? [target] : []));
      const ids = [...new Set(Object.values(module.targets).flat())];
      return {
        module: { id: module.id, name: module.name },
        standard: resolved.kind === 'found' ? toDocLink(resolved.document, date) : null,
        external: resolved.kind === 'found' ? null : toScopeLink(registry, siteUrl, module.url),
        cells: versions.map((version) => {
          const include = version.include.find((entry) => entry.ref === module.id);
          return {
            version: version.version,
            included: include !== undefined,
            parameters: include ? Object.entries(include.parameters).map(([name, value]) => ({ name, value, description: module.parameters[name] ?? null })) : [],
          };
        }),
        testcases: ids.map((id) => {
          const testcase = testcases.get(id);
          return {
            id,
            description: testcase?.description ?? null,
            link: toScopeLink(registry, siteUrl, testcase?.url ?? null, 'how it is checked'),
            targets: targetsOf(id),
            manual: testcase?.manual ?? false,
            lifetime: testcase?.lifetime ?? 'week',
            section: testcase?.section ?? null,
          };
        }),
      };
    })
    // Modules no version includes (yet) are not part of any certificate; they stay in the file only.
    .filter((row) => row.cells.some((cell) => cell.included));
  return {
    slug: scope.slug,
    name: scope.name,
    uuid: scope.uuid,
    date,
    source: toScopeLink(registry, siteUrl, scope.url),
    columns,
    rows,
    versionTargets: versions.flatMap((version) => Object.entries(version.targets).map(([target, ids]) => ({ version: version.version, target, testcases: ids }))),
    variables: scope.variables.map((variable) => ({ ...variable })),
    timeline: toScopeTimelineProp(scope, date),
    legend: (Object.keys(SCOPE_VERSION_STATES) as ScopeVersionState[]).map((state) => ({ state, label: SCOPE_VERSION_STATES[state].label, explanation: SCOPE_VERSION_STATES[state].explanation })),
  };
}

/** The timeline: one lane per version (newest first) of dated state segments, on whole years around every date and the day shown. */
export function toScopeTimelineProp(scope: Scope, date: CalendarDate): TimelineProp {
  const { from, to, today, ticks, segment } = timelineFrame(
    scope.timeline.map((entry) => entry.date),
    date,
  );
  return {
    from,
    to,
    today,
    ticks,
    lanes: versionsNewestFirst(scope).map((version) => {
      const history = scopeVersionHistory(scope, version.version);
      return {
        label: version.version,
        url: null,
        segments: history.map((change, index) => segment(`scope-${change.state}`, SCOPE_VERSION_STATES[change.state].label, change.date, history[index + 1]?.date ?? null)),
        events: [],
        note: history.length === 0 ? 'Not in the timeline yet' : null,
      };
    }),
  };
}

/** Every scope version that includes one of `documents`, newest scope versions first. */
export function toScopeUsageProp(registry: Registry, scopes: readonly Scope[], documents: readonly StandardDocument[], date: CalendarDate): ScopeUsageProp[] {
  const wanted = new Set(documents.map((document) => document.fileName));
  return scopes.flatMap((scope) =>
    versionsNewestFirst(scope).flatMap((version) =>
      version.include.flatMap((include): ScopeUsageProp[] => {
        const module = moduleById(scope, include.ref);
        const resolved = module ? resolveModuleStandard(registry, module) : null;
        if (!module || resolved?.kind !== 'found' || !wanted.has(resolved.document.fileName)) return [];
        const state = scopeVersionStateAt(scope, version.version, date);
        const targets = Object.keys(module.targets).sort((a, b) => (a === MAIN_TARGET ? -1 : b === MAIN_TARGET ? 1 : a.localeCompare(b)));
        return [
          {
            scope: scope.name,
            scopeUrl: scopePagePath(scope),
            version: version.version,
            state,
            stateLabel: SCOPE_VERSION_STATES[state].label,
            schedule: scopeVersionSchedule(scope, version.version),
            document: resolved.document.id,
            targets,
          },
        ];
      }),
    ),
  );
}

/** The scope versions that include any version or supplement of a standard (its status page). */
export function toStandardScopeUsage(registry: Registry, scopes: readonly Scope[], standard: Standard, date: CalendarDate): ScopeUsageProp[] {
  return toScopeUsageProp(registry, scopes, [...standard.versions, ...standard.supplements], date);
}
