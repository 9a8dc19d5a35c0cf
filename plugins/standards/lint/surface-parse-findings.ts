// Rules whose problems are found while reading and parsing a file (by load/
// and parse/) still need a rule of their own: that is where their id gets its
// metadata, a configurable severity and a docs page. This builds such a rule.
import type { FileRule, RuleMeta } from './rule.js';

export function surfaceParseFindings(meta: RuleMeta, options: { skipTemplates: boolean }): FileRule {
  return {
    meta,
    scope: 'file',
    check(context) {
      if (options.skipTemplates && context.document?.kind === 'template') return [];
      return context.parseFindings
        .filter((finding) => finding.ruleId === meta.id)
        .map(({ message, span, fix }) => ({ message, ...(span ? { span } : {}), ...(fix ? { fix } : {}) }));
    },
  };
}
