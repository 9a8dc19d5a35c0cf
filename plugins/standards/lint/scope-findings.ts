// Scope rules are corpus rules: scope files are not documents, and a module's
// standard can only be judged with the whole registry at hand. Problems found
// while reading a scope file carry their rule id already; this builds the
// rule that surfaces them, as surface-parse-findings.ts does for documents.
import type { Scope } from '../model/scope.js';
import type { Finding } from '../report/diagnostic.js';
import type { CorpusContext, CorpusRule, RuleMeta } from './rule.js';

type PathFinding = Finding & { path: string };

export function surfaceScopeParseFindings(meta: RuleMeta, more?: (scope: Scope, context: CorpusContext) => Finding[]): CorpusRule {
  return {
    meta,
    scope: 'corpus',
    check(context) {
      return (context.scopes ?? []).flatMap((file): PathFinding[] => [
        ...file.findings.filter((finding) => finding.ruleId === meta.id).map(({ message, span }) => ({ path: file.path, message, ...(span ? { span } : {}) })),
        ...(more && file.scope ? more(file.scope, context).map((finding) => ({ ...finding, path: file.path })) : []),
      ]);
    },
  };
}

/** A corpus rule that checks each readable scope on its own. */
export function scopeRule(meta: RuleMeta, check: (scope: Scope, context: CorpusContext) => Finding[]): CorpusRule {
  return {
    meta,
    scope: 'corpus',
    check(context) {
      return (context.scopes ?? []).flatMap((file) => (file.scope ? check(file.scope, context).map((finding) => ({ ...finding, path: file.path })) : []));
    },
  };
}
