// Where a reader of a version that is no longer in force should go: the
// version in force that replaces it, following the replacement chain past
// successors that are themselves deprecated or rejected. The chain is read
// from both directions (`replaced_by` here, `replaces` on the successor), so a
// missing `replaced_by` does not strand the reader; where no document names a
// successor, the standard's own version order does. Pure.
import type { StandardDocument } from './document.js';
import type { CalendarDate } from './front-matter-schema.js';
import { isNormative, lifecycleStateAt } from './lifecycle.js';
import { currentVersionOf, standardOf, type Registry } from './registry.js';

/** Documents that name `document` as replaced, or that it names as its replacement; oldest reference first. */
export function successorsOf(registry: Registry, document: StandardDocument): StandardDocument[] {
  const named = document.replacedBy.flatMap((fileName) => registry.byFileName.get(fileName) ?? []);
  const naming = registry.documents.filter((other) => other.replaces.includes(document.fileName));
  return [...new Set([...named, ...naming])].filter((other) => other !== document && other.kind !== 'template');
}

/**
 * The version in force a reader of `document` should read instead; null when
 * the document is itself in force or nothing in force follows it.
 */
export function versionInForceAfter(registry: Registry, document: StandardDocument, date: CalendarDate): StandardDocument | null {
  if (isNormative(lifecycleStateAt(document, date))) return null;
  const seen = new Set<StandardDocument>([document]);
  let frontier = [document];
  // Breadth first along the chain, so the nearest successor in force wins; `seen` stops cycles.
  while (frontier.length > 0) {
    const next: StandardDocument[] = [];
    for (const current of frontier) {
      for (const successor of successorsOf(registry, current)) {
        if (seen.has(successor)) continue;
        seen.add(successor);
        if (isNormative(lifecycleStateAt(successor, date))) return successor;
        next.push(successor);
      }
    }
    frontier = next;
  }
  // No document names a successor in force: the standard's version in force (the newest), for the standard(s) the chain reached.
  for (const reached of seen) {
    const standard = standardOf(registry, reached);
    const current = standard ? currentVersionOf(standard, date) : undefined;
    if (current && current !== document && isNormative(lifecycleStateAt(current, date))) return current;
  }
  return null;
}
