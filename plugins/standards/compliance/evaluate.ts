// Every subject against every scope it has results for: the one evaluation
// the compliance pages, badges and `/api/compliance.json` are built from.
import type { ComplianceSubject, ParsedComplianceFile, TestResult } from '../model/compliance.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { Scope } from '../model/scope.js';
import { evaluateScope, type ScopeEvaluation } from './aggregate.js';

export interface SubjectEvaluation {
  subject: ComplianceSubject;
  /** One entry per scope of the registry the subject has results for, in the scopes' order. */
  scopes: Array<{ scope: Scope; evaluation: ScopeEvaluation }>;
  /** Scope references in the file that match no scope (by uuid, file name or name). */
  unknownScopes: string[];
}

export function findScope(scopes: readonly Scope[], reference: string): Scope | undefined {
  return scopes.find((scope) => scope.uuid === reference) ?? scopes.find((scope) => scope.slug === reference) ?? scopes.find((scope) => scope.name === reference);
}

export function evaluateSubjects(scopes: readonly Scope[], files: readonly ParsedComplianceFile[], date: CalendarDate): SubjectEvaluation[] {
  return files.flatMap((file): SubjectEvaluation[] => {
    if (!file.subject) return [];
    const byScope = new Map<Scope, TestResult[]>();
    const unknownScopes: string[] = [];
    for (const entry of file.subject.scopes) {
      const scope = findScope(scopes, entry.scope);
      if (!scope) unknownScopes.push(entry.scope);
      else byScope.set(scope, [...(byScope.get(scope) ?? []), ...entry.results]);
    }
    return [
      {
        subject: file.subject,
        scopes: scopes.filter((scope) => byScope.has(scope)).map((scope) => ({ scope, evaluation: evaluateScope(scope, byScope.get(scope)!, date) })),
        unknownScopes,
      },
    ];
  });
}
