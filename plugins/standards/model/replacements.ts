// Replacement relations between documents, read from both sides: a
// document's own `replaced_by`, and every other document's `replaces`.
import type { StandardDocument } from './document.js';
import type { Registry } from './registry.js';
import type { Status } from './vocabulary.js';

/** Statuses of a document that is no longer the one to follow. */
export const RETIRED_STATUSES: readonly Status[] = ['Deprecated', 'Rejected'];

/** Documents whose `replaces` names this one, oldest file name first; rejected attempts are no replacement. */
export function successorsOf(registry: Registry, document: StandardDocument): StandardDocument[] {
  let index = successorIndexes.get(registry);
  if (!index) {
    index = new Map();
    for (const other of registry.documents) {
      if (other.kind === 'template' || other.status === 'Rejected') continue;
      for (const name of new Set(other.replaces)) {
        if (name !== other.fileName) index.set(name, [...(index.get(name) ?? []), other]);
      }
    }
    successorIndexes.set(registry, index);
  }
  return index.get(document.fileName) ?? [];
}

/** File name -> documents that replace it, once per registry (rules ask for every document). */
const successorIndexes = new WeakMap<Registry, Map<string, StandardDocument[]>>();
