// Props of `/compliance` (every subject against every scope) and of
// `/compliance/<subject>` (every test case with its result, age and expiry).
// Pure: the evaluation is done in compliance/, this only shapes it for pages.
import type { SubjectEvaluation } from '../compliance/evaluate.js';
import type { ScopeEvaluation } from '../compliance/aggregate.js';
import { OUTCOMES, VERDICTS, type Outcome, type TestResultValue, type Verdict } from '../model/compliance.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { Registry } from '../model/registry.js';
import { SCOPE_VERSION_STATES, testCasesById, type Scope, type ScopeVersionState } from '../model/scope.js';
import { badgePath, scopePagePath, subjectPath } from '../export/scope-record.js';
import { toScopeLink, type ScopeLink } from './scope-props.js';


export interface HeldProp {
  version: string;
  state: ScopeVersionState;
  stateLabel: string;
  tentative: boolean;
}

export interface VersionResultProp {
  version: string;
  state: ScopeVersionState;
  stateLabel: string;
  verdict: Verdict;
  outcome: Outcome;
  outcomeLabel: string;
}

export interface ComplianceCellProp {
  scope: string;
  held: HeldProp | null;
  /** In words: `v4`, `v4 (tentative)`, `none`. */
  summary: string;
  /** Versions in force (effective or warn) with their outcome; what the table shows. */
  versions: VersionResultProp[];
  badgeUrl: string;
  staleCount: number;
}

export interface ComplianceRowProp {
  slug: string;
  name: string;
  operator: string | null;
  url: string;
  lastChecked: CalendarDate | null;
  /** One per scope column; null where the subject has no results for that scope. */
  cells: Array<ComplianceCellProp | null>;
}

export interface CompliancePageProp {
  date: CalendarDate;
  /** Where the results came from, in words. */
  source: string;
  scopes: Array<{ slug: string; name: string; url: string }>;
  rows: ComplianceRowProp[];
}

export interface TestCaseResultProp {
  id: string;
  description: string | null;
  link: ScopeLink | null;
  manual: boolean;
  lifetime: string;
  result: TestResultValue | null;
  verdict: Verdict;
  verdictLabel: string;
  checkedOn: CalendarDate | null;
  /** Whole days between the check and the page's date. */
  ageDays: number | null;
  expiresOn: CalendarDate | null;
  stale: boolean;
  /** Versions in force whose certificate depends on it (their `main` target). */
  requiredBy: string[];
}

export interface SubjectScopeProp extends ComplianceCellProp {
  name: string;
  slug: string;
  url: string;
  uuid: string;
  lastChecked: CalendarDate | null;
  /** The badge's absolute address, for operators to embed. */
  badgeAbsoluteUrl: string;
  /** Every version, newest first, with its verdict. */
  allVersions: VersionResultProp[];
  testcases: TestCaseResultProp[];
  unknownTestcases: string[];
}

export interface SubjectPageProp {
  slug: string;
  name: string;
  operator: string | null;
  description: string | null;
  date: CalendarDate;
  source: string;
  scopes: SubjectScopeProp[];
}

const DAY = 24 * 60 * 60 * 1000;
const daysBetween = (from: CalendarDate, to: CalendarDate) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

function versionResult(version: ScopeEvaluation['versions'][number]): VersionResultProp {
  return {
    version: version.version,
    state: version.state,
    stateLabel: SCOPE_VERSION_STATES[version.state].label,
    verdict: version.verdict,
    outcome: version.outcome,
    outcomeLabel: OUTCOMES[version.outcome].label,
  };
}

function cell(subject: { slug: string }, scope: Scope, evaluation: ScopeEvaluation): ComplianceCellProp {
  const held = evaluation.held ? { ...evaluation.held, stateLabel: SCOPE_VERSION_STATES[evaluation.held.state].label } : null;
  return {
    scope: scope.slug,
    held,
    summary: held ? `${held.version}${held.tentative ? ' (tentative)' : ''}` : 'none',
    versions: evaluation.versions.filter((version) => SCOPE_VERSION_STATES[version.state].inForce).map(versionResult),
    badgeUrl: badgePath(subject, scope),
    staleCount: evaluation.testcases.filter((testcase) => testcase.stale).length,
  };
}

export function sourceText(origin: 'files' | 'monitor', fallbackReason: string | null): string {
  if (origin === 'monitor') return 'Results from the compliance monitor at build time.';
  return fallbackReason ? `Results from the compliance files: the compliance monitor could not be used (${fallbackReason}).` : 'Results from the compliance files in the repository.';
}

export function toCompliancePageProp(scopes: readonly Scope[], subjects: readonly SubjectEvaluation[], date: CalendarDate, source: string): CompliancePageProp {
  const used = scopes.filter((scope) => subjects.some((subject) => subject.scopes.some((entry) => entry.scope === scope)));
  return {
    date,
    source,
    scopes: used.map((scope) => ({ slug: scope.slug, name: scope.name, url: scopePagePath(scope) })),
    rows: subjects.map((entry) => {
      const days = entry.scopes.map((scope) => scope.evaluation.lastChecked).filter((day): day is string => day !== null).sort();
      return {
        slug: entry.subject.slug,
        name: entry.subject.name,
        operator: entry.subject.operator,
        url: subjectPath(entry.subject),
        lastChecked: days.at(-1) ?? null,
        cells: used.map((scope) => {
          const found = entry.scopes.find((candidate) => candidate.scope === scope);
          return found ? cell(entry.subject, scope, found.evaluation) : null;
        }),
      };
    }),
  };
}

export function toSubjectPageProp(registry: Registry, entry: SubjectEvaluation, date: CalendarDate, source: string, siteUrl: string): SubjectPageProp {
  return {
    slug: entry.subject.slug,
    name: entry.subject.name,
    operator: entry.subject.operator,
    description: entry.subject.description,
    date,
    source,
    scopes: entry.scopes.map(({ scope, evaluation }) => {
      const definitions = testCasesById(scope);
      const inForce = evaluation.versions.filter((version) => SCOPE_VERSION_STATES[version.state].inForce);
      return {
        ...cell(entry.subject, scope, evaluation),
        name: scope.name,
        slug: scope.slug,
        url: scopePagePath(scope),
        uuid: scope.uuid,
        badgeAbsoluteUrl: siteUrl.replace(/\/+$/, '') + badgePath(entry.subject, scope),
        lastChecked: evaluation.lastChecked,
        allVersions: evaluation.versions.map(versionResult),
        testcases: evaluation.testcases.map((testcase) => {
          const definition = definitions.get(testcase.testcase);
          return {
            id: testcase.testcase,
            description: definition?.description ?? null,
            link: toScopeLink(registry, siteUrl, definition?.url ?? null, 'description'),
            manual: definition?.manual ?? false,
            lifetime: testcase.lifetime,
            result: testcase.result,
            verdict: testcase.verdict,
            verdictLabel: testcase.stale ? 'Expired' : VERDICTS[testcase.verdict].label,
            checkedOn: testcase.checkedOn,
            ageDays: testcase.checkedOn ? daysBetween(testcase.checkedOn, date) : null,
            expiresOn: testcase.expiresOn,
            stale: testcase.stale,
            requiredBy: inForce.filter((version) => version.testcases.includes(testcase.testcase)).map((version) => version.version),
          };
        }),
        unknownTestcases: evaluation.unknownTestcases,
      };
    }),
  };
}
