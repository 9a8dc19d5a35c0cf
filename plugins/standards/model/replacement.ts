// Replacement relations between documents, read from both sides (a
// document's own `replaced_by`, every other document's `replaces`). For the
// lint rules: which documents replace a given one. For readers of a version no
// longer in force: the version in force that replaces it, following the chain
// past successors that are themselves deprecated or rejected, so a missing
// `replaced_by` does not strand the reader; where no document names a
// successor, the standard's own version order decides. Pure.
import type { StandardDocument } from './document.js';
import type { CalendarDate } from './front-matter-schema.js';
import { versionInForceAlong, type SuccessorPlan } from './lifecycle.js';
import { namingIndexOf, standardOf, type Registry, type Standard } from './registry.js';
import type { Status } from './vocabulary.js';

/** Statuses of a document that is no longer the one to follow. */
export const RETIRED_STATUSES: readonly Status[] = ['Deprecated', 'Rejected'];

/**
 * Documents whose `replaces` names this one, oldest file name first: what the
 * lint rules ask of `replaced_by`. Rejected attempts are no replacement.
 */
export function replacingDocuments(registry: Registry, document: StandardDocument): StandardDocument[] {
  let index = replacingIndexes.get(registry);
  if (!index) {
    index = new Map();
    for (const other of registry.documents) {
      if (other.kind === 'template' || other.status === 'Rejected') continue;
      for (const name of new Set(other.replaces)) {
        if (name !== other.fileName) index.set(name, [...(index.get(name) ?? []), other]);
      }
    }
    replacingIndexes.set(registry, index);
  }
  return index.get(document.fileName) ?? [];
}

/** File name -> documents that replace it, once per registry (rules ask for every document). */
const replacingIndexes = new WeakMap<Registry, Map<string, StandardDocument[]>>();

/** Documents that name `document` as replaced, or that it names as its replacement; oldest reference first. */
function linkedSuccessorsOf(registry: Registry, document: StandardDocument): StandardDocument[] {
  const named = document.replacedBy.flatMap((fileName) => registry.byFileName.get(fileName) ?? []);
  const naming = namingIndexOf(registry, 'replaces').get(document.fileName) ?? [];
  return [...new Set([...named, ...naming])].filter((other) => other !== document && other.kind !== 'template');
}

/**
 * Where a reader of `document` may be sent, whatever the day (see SuccessorPlan in ./lifecycle.ts):
 * breadth first along the replacement chain, so the nearest successor wins; `seen` stops cycles.
 */
export function successorPlan(registry: Registry, document: StandardDocument): SuccessorPlan<StandardDocument> {
  const seen = new Set<StandardDocument>([document]);
  const chain: StandardDocument[] = [];
  let frontier = [document];
  while (frontier.length > 0) {
    const next: StandardDocument[] = [];
    for (const current of frontier) {
      for (const successor of linkedSuccessorsOf(registry, current)) {
        if (seen.has(successor)) continue;
        seen.add(successor);
        chain.push(successor);
        next.push(successor);
      }
    }
    frontier = next;
  }
  const standards = new Set<Standard>();
  for (const reached of seen) {
    const standard = standardOf(registry, reached);
    if (standard) standards.add(standard);
  }
  return { chain, standards: [...standards].map((standard) => standard.versions) };
}

/**
 * The version in force a reader of `document` should read instead; null when
 * the document is itself in force or nothing in force follows it.
 */
export function versionInForceAfter(registry: Registry, document: StandardDocument, date: CalendarDate): StandardDocument | null {
  return versionInForceAlong(document, successorPlan(registry, document), date);
}
