// One pull request, one new document: a proposal (or a new version) plus its
// supplements, so each is reviewed and decided on its own. A new version N+1
// also leaves version N alone: the old text stays what clouds were certified
// against, and its deprecation is a separate step.
import { pairWithBase } from '../../history/snapshot.js';
import type { CorpusRule } from '../rule.js';
import { HISTORY_CHANGE_SCOPE_EXAMPLES } from '../history-examples.js';

export const rule: CorpusRule = {
  meta: {
    id: 'history-change-scope',
    description: 'With `--base`: a change adds at most one new document (plus supplements) and does not edit version N while adding N+1.',
    defaultSeverity: 'error',
    examples: HISTORY_CHANGE_SCOPE_EXAMPLES,
  },
  scope: 'corpus',
  check({ registry, base }) {
    if (!base) return [];
    const pairing = pairWithBase(registry.documents, base);
    const added = pairing.added.filter((document) => document.kind === 'document' || document.kind === 'proposal');
    const findings = [];
    if (added.length > 1) {
      const names = added.map((document) => `\`${document.fileName}\``).join(', ');
      for (const document of added) {
        findings.push({
          path: document.path,
          message: `Unexpected ${added.length} new documents in one change (${names}), expected one proposal or version per pull request, plus its supplements`,
          span: { start: { line: 1, column: 1 } },
        });
      }
    }
    for (const document of added) {
      if (document.number === null || document.version < 2) continue;
      const previous = registry.documents.find((candidate) => candidate.kind === 'document' && candidate.number === document.number && candidate.version === document.version - 1);
      const before = previous ? pairing.baseOf.get(previous) : undefined;
      if (!previous || !before || base.texts.get(before.path) === undefined) continue;
      if (previous.body === before.body && sameFrontMatter(previous, before)) continue;
      findings.push({
        path: previous.path,
        message: `Unexpected edit of \`${previous.fileName}\` in the change that adds \`${document.fileName}\`, expected the previous version untouched (deprecate it in a later pull request)`,
        span: { start: { line: 1, column: 1 } },
      });
    }
    return findings;
  },
};

function sameFrontMatter(a: { title: string; status: string | null; stabilizedAt: string | null; deprecatedAt: string | null; replacedBy: string[]; replaces: string[]; description: string | null }, b: typeof a): boolean {
  return JSON.stringify([a.title, a.status, a.stabilizedAt, a.deprecatedAt, a.replacedBy, a.replaces, a.description]) === JSON.stringify([b.title, b.status, b.stabilizedAt, b.deprecatedAt, b.replacedBy, b.replaces, b.description]);
}
