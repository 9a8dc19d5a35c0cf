// What the history rules that compare one document with its base version
// share: nothing without `--base`, else each current document paired with the
// base document it continues (history/snapshot.ts, `pairWithBase`), and the
// findings of each pair collected with the document's path.
import type { BaseSnapshot } from '../history/snapshot.js';
import { pairWithBase } from '../history/snapshot.js';
import type { StandardDocument } from '../model/document.js';
import type { Finding } from '../report/diagnostic.js';
import type { CorpusContext } from './rule.js';

/** Compares one document now with the same document in the base: its findings, none when nothing is wrong. */
export type PairCheck = (now: StandardDocument, before: StandardDocument, base: BaseSnapshot) => readonly Finding[];

export function checkBasePairs(context: Pick<CorpusContext, 'registry' | 'base'>, check: PairCheck): Array<Finding & { path: string }> {
  const { base } = context;
  if (!base) return [];
  const findings: Array<Finding & { path: string }> = [];
  for (const [now, before] of pairWithBase(context.registry.documents, base).baseOf) {
    for (const finding of check(now, before, base)) findings.push({ path: now.path, ...finding });
  }
  return findings;
}
