// The machine-readable outputs of scopes and compliance: `/api/scopes.json`,
// `/api/compliance.json` and one badge per subject and scope. Pure; the
// plugin's postBuild writes them. The JSON contract is described in docs/api.md.
import type { SubjectEvaluation } from '../compliance/evaluate.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { Registry } from '../model/registry.js';
import type { Scope } from '../model/scope.js';
import type { Outcome, Verdict } from '../model/compliance.js';
import type { ScopeVersionState } from '../model/scope.js';
import { API_SCHEMA_VERSION, type OutputFile } from './api-json.js';
import { buildBadgeSvg } from './badge-svg.js';
import { badgePath, scopePagePath, subjectPath, toScopeRecord, type ScopeRecord } from './scope-record.js';

export interface ScopesIndex {
  schemaVersion: typeof API_SCHEMA_VERSION;
  generated: CalendarDate;
  siteUrl: string;
  scopes: ScopeRecord[];
}

export interface ComplianceIndex {
  schemaVersion: typeof API_SCHEMA_VERSION;
  generated: CalendarDate;
  siteUrl: string;
  /** `files` or `monitor`. */
  source: 'files' | 'monitor';
  subjects: Array<{
    slug: string;
    name: string;
    operator: string | null;
    description: string | null;
    page: string;
    scopes: Array<{
      uuid: string;
      slug: string;
      name: string;
      page: string;
      badge: string;
      held: { version: string; state: ScopeVersionState; tentative: boolean } | null;
      lastChecked: CalendarDate | null;
      versions: Array<{ version: string; state: ScopeVersionState; verdict: Verdict; outcome: Outcome }>;
      testcases: Array<{ id: string; verdict: Verdict; result: string | null; checkedOn: CalendarDate | null; expiresOn: CalendarDate | null; stale: boolean }>;
    }>;
  }>;
}

export interface ScopeOutputsInput {
  registry: Registry;
  scopes: readonly Scope[];
  subjects: readonly SubjectEvaluation[];
  date: CalendarDate;
  siteUrl: string;
  origin: 'files' | 'monitor';
}

export function buildScopesIndex(input: ScopeOutputsInput): ScopesIndex {
  return { schemaVersion: API_SCHEMA_VERSION, generated: input.date, siteUrl: input.siteUrl, scopes: input.scopes.map((scope) => toScopeRecord(input.registry, scope, input.date)) };
}

export function buildComplianceIndex(input: ScopeOutputsInput): ComplianceIndex {
  return {
    schemaVersion: API_SCHEMA_VERSION,
    generated: input.date,
    siteUrl: input.siteUrl,
    source: input.origin,
    subjects: input.subjects.map(({ subject, scopes }) => ({
      slug: subject.slug,
      name: subject.name,
      operator: subject.operator,
      description: subject.description,
      page: subjectPath(subject),
      scopes: scopes.map(({ scope, evaluation }) => ({
        uuid: scope.uuid,
        slug: scope.slug,
        name: scope.name,
        page: scopePagePath(scope),
        badge: badgePath(subject, scope),
        held: evaluation.held,
        lastChecked: evaluation.lastChecked,
        versions: evaluation.versions.map(({ version, state, verdict, outcome }) => ({ version, state, verdict, outcome })),
        testcases: evaluation.testcases.map((testcase) => ({
          id: testcase.testcase,
          verdict: testcase.verdict,
          result: testcase.result,
          checkedOn: testcase.checkedOn,
          expiresOn: testcase.expiresOn,
          stale: testcase.stale,
        })),
      })),
    })),
  };
}

/** One badge per subject and scope of the registry: a scope without results says so. */
export function buildBadges(input: Pick<ScopeOutputsInput, 'scopes' | 'subjects'>): OutputFile[] {
  return input.subjects.flatMap(({ subject, scopes }) =>
    input.scopes.map((scope) => {
      const held = scopes.find((entry) => entry.scope === scope)?.evaluation.held;
      const tested = scopes.some((entry) => entry.scope === scope);
      const message = held ? `${held.version}${held.tentative ? ' tentative' : ''}` : tested ? 'not held' : 'not tested';
      const description = held
        ? `${subject.name} holds ${scope.name} ${held.version}${held.tentative ? ' tentatively (some results are missing, expired or aborted)' : ''}`
        : `${subject.name} does not hold ${scope.name}${tested ? '' : ': no test results'}`;
      return {
        path: badgePath(subject, scope),
        content: buildBadgeSvg({ label: scope.name, message, tone: held ? (held.tentative ? 'tentative' : 'held') : 'none', description }),
      };
    }),
  );
}

export function buildScopeOutputs(input: ScopeOutputsInput): OutputFile[] {
  return [
    { path: '/api/scopes.json', content: JSON.stringify(buildScopesIndex(input), null, 2) + '\n' },
    { path: '/api/compliance.json', content: JSON.stringify(buildComplianceIndex(input), null, 2) + '\n' },
    ...buildBadges(input),
  ];
}
