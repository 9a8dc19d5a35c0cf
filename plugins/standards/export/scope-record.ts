// One scope as plain JSON, with every version's state on a day and the
// standard versions it includes: what `npm run registry` prints and what
// `/api/scopes.json` serves. Pure.
import type { CalendarDate } from '../model/front-matter-schema.js';
import { lifecycleStateAt } from '../model/lifecycle.js';
import type { Registry } from '../model/registry.js';
import { MAIN_TARGET, moduleById, SCOPE_VERSION_STATES, type Scope, type ScopeVersionState, type TestCaseLifetime, type TestCaseSection } from '../model/scope.js';
import { resolveModuleStandard } from '../model/scope-standards.js';
import { scopeVersionStateAt, versionsNewestFirst } from '../model/scope-timeline.js';
import type { LifecycleState } from '../model/vocabulary.js';
import { documentPath } from './urls.js';

/** `/standards/scopes/scs-compatible-iaas` */
export function scopePagePath(scope: Pick<Scope, 'slug'>): string {
  return `/standards/scopes/${scope.slug}`;
}

/** `/compliance/aurora-cloud` */
export function subjectPath(subject: { slug: string }): string {
  return `/compliance/${subject.slug}`;
}

/** `/compliance/aurora-cloud/scs-compatible-iaas.svg`: the embeddable badge of a subject for a scope. */
export function badgePath(subject: { slug: string }, scope: { slug: string }): string {
  return `/compliance/${subject.slug}/${scope.slug}.svg`;
}

export interface IncludedModuleRecord {
  module: string;
  name: string;
  url: string | null;
  /** The registry document the module checks; null for a module about something outside SCS or a broken reference. */
  standard: { id: string; fileName: string; url: string; state: LifecycleState | null } | null;
  /** Values this scope version binds to the module's parameters. */
  parameters: Record<string, string>;
  /** Target name -> test case ids. */
  targets: Record<string, string[]>;
}

export interface ScopeVersionRecord {
  version: string;
  stabilizedAt: CalendarDate | null;
  /** State on `date`, from the timeline. */
  state: ScopeVersionState;
  include: IncludedModuleRecord[];
  /** Test case ids per target for the whole version: its modules' and its own, each once. */
  targets: Record<string, string[]>;
}

export interface TestCaseRecord {
  id: string;
  description: string | null;
  url: string | null;
  section: TestCaseSection | null;
  lifetime: TestCaseLifetime;
  manual: boolean;
  executable: string | null;
}

export interface ScopeRecord {
  slug: string;
  uuid: string;
  name: string;
  url: string | null;
  /** Site-relative portal page. */
  page: string;
  /** Source file, relative to the corpus root. */
  file: string;
  variables: Array<{ name: string; default: string | null }>;
  prerequisite: { scope: string; versions: string[] } | null;
  /** Newest first. */
  versions: ScopeVersionRecord[];
  /** Oldest first. */
  timeline: Array<{ date: CalendarDate; versions: Record<string, ScopeVersionState> }>;
  testcases: TestCaseRecord[];
}

export function toScopeRecord(registry: Registry, scope: Scope, date: CalendarDate): ScopeRecord {
  return {
    slug: scope.slug,
    uuid: scope.uuid,
    name: scope.name,
    url: scope.url,
    page: scopePagePath(scope),
    file: scope.path,
    variables: scope.variables.map((variable) => ({ ...variable })),
    prerequisite: scope.prerequisite ? { ...scope.prerequisite } : null,
    versions: versionsNewestFirst(scope).map((version) => {
      const include = version.include.flatMap((entry): IncludedModuleRecord[] => {
        const module = moduleById(scope, entry.ref);
        if (!module) return [];
        const resolved = resolveModuleStandard(registry, module);
        return [
          {
            module: module.id,
            name: module.name,
            url: module.url,
            standard:
              resolved.kind === 'found'
                ? { id: resolved.document.id, fileName: resolved.document.fileName, url: documentPath(resolved.document), state: lifecycleStateAt(resolved.document, date) }
                : null,
            parameters: { ...entry.parameters },
            targets: structuredClone(module.targets),
          },
        ];
      });
      const targets: Record<string, string[]> = {};
      for (const source of [...include.map((module) => module.targets), version.targets]) {
        for (const [target, ids] of Object.entries(source)) targets[target] = [...new Set([...(targets[target] ?? []), ...ids])];
      }
      return { version: version.version, stabilizedAt: version.stabilizedAt, state: scopeVersionStateAt(scope, version.version, date), include, targets };
    }),
    timeline: [...scope.timeline].sort((a, b) => (a.date < b.date ? -1 : 1)).map((entry) => ({ date: entry.date, versions: { ...entry.versions } })),
    testcases: scope.scripts.flatMap((script) =>
      script.testcases.map((testcase) => ({
        id: testcase.id,
        description: testcase.description,
        url: testcase.url,
        section: testcase.section,
        lifetime: testcase.lifetime,
        manual: testcase.manual,
        executable: testcase.executable,
      })),
    ),
  };
}

/** The test case ids a scope version's certificate depends on: its `main` target. */
export function mainTestCases(version: Pick<ScopeVersionRecord, 'targets'>): string[] {
  return version.targets[MAIN_TARGET] ?? [];
}

export function scopeStateLabel(state: ScopeVersionState): string {
  return SCOPE_VERSION_STATES[state].label;
}
