// Certification scopes as data: a scope has named versions; each version
// includes modules (a standard document and the test cases that check it);
// a timeline says from which day each version is draft, effective, warn or
// deprecated. The vocabulary of the YAML format lives here, once.
import type { RuleFinding, Span } from '../report/diagnostic.js';
import type { CalendarDate } from './front-matter-schema.js';

/** The states a timeline entry may give a scope version, with their labels and meaning. */
export const SCOPE_VERSION_STATES = {
  draft: { label: 'Draft', inForce: false, explanation: 'Being prepared; no certificate is issued against it.' },
  effective: { label: 'Effective', inForce: true, explanation: 'In force: certificates are issued against it.' },
  warn: { label: 'Warn', inForce: true, explanation: 'Still valid, but a successor is effective: move on.' },
  deprecated: { label: 'Deprecated', inForce: false, explanation: 'No longer valid for certification.' },
} as const;
export type ScopeVersionState = keyof typeof SCOPE_VERSION_STATES;
export const SCOPE_VERSION_STATE_NAMES = Object.keys(SCOPE_VERSION_STATES) as ScopeVersionState[];

/** How long a test result stays valid (see compliance/lifetime.ts for the exact days). */
export const TESTCASE_LIFETIMES = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type TestCaseLifetime = (typeof TESTCASE_LIFETIMES)[number];
export const DEFAULT_LIFETIME: TestCaseLifetime = 'week';

/** Whether a test case belongs to the quick (`light`) or the expensive (`heavy`) run. */
export const TESTCASE_SECTIONS = ['light', 'heavy'] as const;
export type TestCaseSection = (typeof TESTCASE_SECTIONS)[number];

/** The target a certificate is about; others (`recommended`, `preview`, …) are informative. */
export const MAIN_TARGET = 'main';

export interface TestCase {
  id: string;
  description: string | null;
  /** Where the test case is described (a supplement or a section of the standard). */
  url: string | null;
  section: TestCaseSection | null;
  lifetime: TestCaseLifetime;
  /** True when its script has no executable: a person checks it and records the result. */
  manual: boolean;
  /** The script's executable, null for a manual check. */
  executable: string | null;
  span: Span;
}

export interface ScopeScript {
  /** Absent for a manual check. */
  executable: string | null;
  env: Record<string, string>;
  args: string | null;
  testcases: TestCase[];
  span: Span;
}

export interface ScopeModule {
  id: string;
  name: string;
  /** The standard document this module checks (a portal or repository URL). */
  url: string | null;
  /** Parameter name -> what it means; an `include` binds values to them. */
  parameters: Record<string, string>;
  /** Target name (`main`, `recommended`, `preview`, …) -> test case ids. */
  targets: Record<string, string[]>;
  span: Span;
  /** Where each target and each of its test case ids was written. */
  targetSpans: Record<string, Span[]>;
}

export interface ScopeInclude {
  /** The module id. */
  ref: string;
  /** Parameter name -> the value bound by this version. */
  parameters: Record<string, string>;
  span: Span;
  parameterSpans: Record<string, Span>;
}

export interface ScopeVersion {
  version: string;
  /** Null for an unreleased version such as `next`. */
  stabilizedAt: CalendarDate | null;
  include: ScopeInclude[];
  /** Extra test cases per target for this version, beyond those of its modules. */
  targets: Record<string, string[]>;
  targetSpans: Record<string, Span[]>;
  span: Span;
}

export interface TimelineEntry {
  date: CalendarDate;
  versions: Record<string, ScopeVersionState>;
  span: Span;
  versionSpans: Record<string, Span>;
}

export interface ScopeVariable {
  name: string;
  /** Null when the variable has no default and must be given. */
  default: string | null;
}

export interface ScopePrerequisite {
  /** The scope that must be held first, by name or uuid. */
  scope: string;
  /** Versions of it that count; empty: any. */
  versions: string[];
}

export interface Scope {
  /** Path of the file, relative to the scopes folder's parent as given to the loader. */
  path: string;
  /** URL segment: the file name without `.yaml`/`.yml`. */
  slug: string;
  uuid: string;
  name: string;
  url: string | null;
  variables: ScopeVariable[];
  prerequisite: ScopePrerequisite | null;
  modules: ScopeModule[];
  versions: ScopeVersion[];
  timeline: TimelineEntry[];
  scripts: ScopeScript[];
  /** Where the top-level keys were written. */
  keySpans: Record<string, Span>;
}

export interface ParsedScopeFile {
  path: string;
  /** Null when the file could not be read as a scope at all. */
  scope: Scope | null;
  findings: RuleFinding[];
}

/** Every test case of a scope by id (the first one wins when ids repeat). */
export function testCasesById(scope: Scope): Map<string, TestCase> {
  const byId = new Map<string, TestCase>();
  for (const script of scope.scripts) for (const testcase of script.testcases) if (!byId.has(testcase.id)) byId.set(testcase.id, testcase);
  return byId;
}

export function moduleById(scope: Scope, id: string): ScopeModule | undefined {
  return scope.modules.find((module) => module.id === id);
}
