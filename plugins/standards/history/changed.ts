// `--changed`: the documents a change touches, and every document that names
// one of them (a link or a front-matter reference), so a rename or an edited
// heading shows the places it breaks. Pure.
import type { CorpusFile } from '../edit/corpus-edit.js';
import { isStandardsFileName } from '../parse/file-name.js';
import type { BaseSnapshot } from './snapshot.js';

export function changedSince(current: readonly CorpusFile[], base: BaseSnapshot): Set<string> {
  const documents = current.filter((file) => isStandardsFileName(file.path.split('/').pop()!));
  const changed = new Set(documents.filter((file) => base.texts.get(file.path) !== file.text).map((file) => file.path));
  const currentPaths = new Set(documents.map((file) => file.path));
  const deleted = [...base.texts.keys()].filter((relative) => !currentPaths.has(relative));
  // Ids rather than file names: links to the portal use the id without `.md`.
  const ids = [...changed, ...deleted].map((relative) => relative.split('/').pop()!.replace(/\.md$/, ''));
  const referrers = documents.filter((file) => !changed.has(file.path) && ids.some((id) => mentions(file.text, id)));
  return new Set([...changed, ...referrers.map((file) => file.path)].sort());
}

function mentions(text: string, id: string): boolean {
  let at = text.indexOf(id);
  while (at >= 0) {
    const after = text.charAt(at + id.length);
    if (!/[a-z0-9-]/.test(after)) return true;
    at = text.indexOf(id, at + 1);
  }
  return false;
}
