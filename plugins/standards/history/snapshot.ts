// The base of a comparison as data: the documents of the base tree, which
// current file each one became, and what this change adds, edits or removes.
// Pure; history rules read it from their context (lint/rule.ts, `base`).
import type { CorpusFile } from '../edit/corpus-edit.js';
import type { StandardDocument } from '../model/document.js';
import { parseDocumentFile } from '../parse/document.js';

export interface BaseSnapshot {
  /** The ref as given, for messages. */
  ref: string;
  /** Documents of the base tree by path (relative to the folder). */
  documents: Map<string, StandardDocument>;
  /** Base text by path, to tell edited files from untouched ones. */
  texts: Map<string, string>;
}

export function buildBaseSnapshot(ref: string, files: readonly CorpusFile[]): BaseSnapshot {
  const documents = new Map<string, StandardDocument>();
  const texts = new Map<string, string>();
  for (const file of files) {
    texts.set(file.path, file.text);
    const parsed = parseDocumentFile(file.path, file.text);
    if (parsed.document) documents.set(file.path, parsed.document);
  }
  return { ref, documents, texts };
}

/** Same standard, same kind of file, same version: the slug may change, the identity may not. */
function sameIdentity(a: StandardDocument, b: StandardDocument): boolean {
  return a.number !== null && a.number === b.number && a.kind === b.kind && a.version === b.version;
}

export interface Pairing {
  /** Current document -> the base document it continues (same path, or a rename of the same number and version). */
  baseOf: Map<StandardDocument, StandardDocument>;
  /** Numbered base documents now under another name. */
  renamed: Array<{ base: StandardDocument; now: StandardDocument }>;
  /** Numbered base documents with no successor file at all. */
  deleted: StandardDocument[];
  /** Current documents that did not exist in the base. */
  added: StandardDocument[];
}

export function pairWithBase(current: readonly StandardDocument[], base: BaseSnapshot): Pairing {
  const baseOf = new Map<StandardDocument, StandardDocument>();
  const currentPaths = new Set(current.map((document) => document.path));
  const unmatched: StandardDocument[] = [];
  for (const document of current) {
    const before = base.documents.get(document.path);
    if (before) baseOf.set(document, before);
    else unmatched.push(document);
  }
  const renamed: Pairing['renamed'] = [];
  const deleted: StandardDocument[] = [];
  for (const [basePath, before] of base.documents) {
    if (currentPaths.has(basePath)) continue;
    if (before.number === null) continue; // proposals and templates may be renamed or removed
    const now = unmatched.find((candidate) => sameIdentity(candidate, before));
    if (now) {
      baseOf.set(now, before);
      renamed.push({ base: before, now });
      unmatched.splice(unmatched.indexOf(now), 1);
    } else deleted.push(before);
  }
  // A proposal that got its number continues the proposal it was, for the other rules.
  for (const [basePath, before] of base.documents) {
    if (currentPaths.has(basePath) || before.kind !== 'proposal') continue;
    const now = unmatched.find((candidate) => candidate.kind === 'document' && candidate.slug === before.slug && candidate.version === 1);
    if (now) {
      baseOf.set(now, before);
      unmatched.splice(unmatched.indexOf(now), 1);
    }
  }
  return { baseOf, renamed, deleted, added: unmatched };
}
