// The two documents a command line names, or why they cannot be compared.
import type { StandardDocument } from '../model/document.js';
import type { Registry } from '../model/registry.js';
import { escapeForTerminal } from '../report/terminal-text.js';
import { documentLabel } from './sections.js';

export type DocumentPair = { from: StandardDocument; to: StandardDocument } | { problem: string };

/** A document by its short name (`scs-0100-v3`), its file name with or without `.md`, in any case. */
export function findDocument(registry: Registry, name: string): StandardDocument | undefined {
  const wanted = name.replace(/\.md$/i, '').toLowerCase();
  return registry.documents.find((document) => document.kind !== 'template' && (document.id.toLowerCase() === wanted || documentLabel(document).toLowerCase() === wanted));
}

export function findDocumentPair(registry: Registry, fromName: string, toName: string, root: string): DocumentPair {
  const found: StandardDocument[] = [];
  for (const name of [fromName, toName]) {
    const document = findDocument(registry, name);
    if (!document) return { problem: `Unexpected \`${escapeForTerminal(name)}\`: no such document in ${escapeForTerminal(root)}, expected a name such as scs-0100-v3` };
    found.push(document);
  }
  const [from, to] = found as [StandardDocument, StandardDocument];
  if (from.number === null || from.number !== to.number) {
    return { problem: `Unexpected pair ${documentLabel(from)} and ${documentLabel(to)}: not versions of one standard, expected two versions of the same scs-NNNN` };
  }
  return { from, to };
}
