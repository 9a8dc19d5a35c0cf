// assign-number: a proposal `scs-xxxx-v1-slug.md` gets the next unused number
// of its track. The file and its supplements are renamed, every reference in
// the corpus (front-matter lists and Markdown link targets) and in scope files
// follows, and the redirects file remembers the old name for the portal. Pure.
import type { Nodes } from 'mdast';
import { parseMarkdown } from '../markdown/markdown-parse.js';
import { visitNodes } from '../markdown/markdown.js';
import type { StandardDocument } from '../model/document.js';
import { trackByName } from '../model/vocabulary.js';
import { documentsOf, fieldChange, findDocument, refuse, type CorpusFile, type FileChange, type Plan } from './corpus-edit.js';
import { frontMatterLimitProblem, readFrontMatterField, type FieldEdit } from './front-matter-edit.js';
import { formatRedirects, parseRedirects, REDIRECTS_FILE } from '../parse/redirects-file.js';

const LIST_FIELDS = ['replaces', 'replaced_by', 'supplements'] as const;

export function planAssignNumber(files: readonly CorpusFile[], documentName: string, options: { scopeFiles?: readonly CorpusFile[] } = {}): Plan {
  // A file whose front matter cannot be read may name the proposal: refuse rather than leave a reference behind.
  for (const file of files) {
    const problem = file.path.endsWith('.md') ? frontMatterLimitProblem(file.text) : null;
    if (problem) return refuse(`Cannot assign a number while ${file.path} cannot be read: ${problem}; fix that file first`);
  }
  const entries = documentsOf(files);
  const found = findDocument(entries, documentName);
  if (typeof found === 'string') return refuse(found);
  const { document } = found;
  if (document.kind !== 'proposal') {
    return refuse(`Cannot assign a number to ${document.id}: only a proposal (scs-xxxx-v1-…) gets one, and a number once assigned never changes`);
  }
  const track = document.track ? trackByName(document.track) : undefined;
  if (!track) return refuse(`Cannot assign a number to ${document.id}: its track cannot be read; set \`track\` first`);
  const number = nextNumber(entries.map((entry) => entry.document), track.digit);
  if (number === null) return refuse(`Cannot assign a number to ${document.id}: every number of the ${track.name} track is taken`);

  // Old file name -> new file name, for the proposal and every supplement that names it.
  const renames = new Map<string, string>([[document.fileName, `scs-${number}-v1-${document.slug}.md`]]);
  // Supplements written for the proposal: numbered ones that name it, and `scs-xxxx-wN-…` files (a name only a number makes valid).
  const supplementNames = files
    .map((file) => file.path.split('/').pop()!)
    .filter((name) => /^scs-(?:\d{4}|xxxx)-w\d+-[a-z0-9-]+\.md$/.test(name))
    .filter((name) => listField(files.find((file) => file.path.split('/').pop() === name)!.text, 'supplements').includes(document.fileName))
    .sort();
  supplementNames.forEach((name, index) => renames.set(name, `scs-${number}-w${index + 1}-${/^scs-[^-]+-w\d+-(.+)$/.exec(name)![1]}`));
  const taken = new Set(files.map((file) => file.path.split('/').pop()!));
  for (const target of renames.values()) {
    if (taken.has(target)) return refuse(`Cannot assign ${number}: \`${target}\` exists already`);
  }

  const changes: FileChange[] = [];
  for (const file of files) {
    const name = file.path.split('/').pop()!;
    let text = file.text;
    const summary: string[] = [];
    if (name.endsWith('.md')) {
      const edits: FieldEdit[] = [];
      for (const key of LIST_FIELDS) {
        const read = readFrontMatterField(file.text, key);
        if (!read.ok) return refuse(`${file.path}: ${read.message}`);
        const written = read.value;
        // A single string stays a single string; a list stays a list.
        if (typeof written === 'string' && renames.has(written)) edits.push({ key, value: renames.get(written)! });
        else if (Array.isArray(written) && written.some((item) => renames.has(String(item)))) {
          edits.push({ key, value: written.map((item) => renames.get(String(item)) ?? String(item)) });
        }
      }
      if (edits.length > 0) {
        const change = fieldChange(file, edits);
        if (typeof change === 'string') return refuse(change);
        text = change.after;
        summary.push(...change.summary);
      }
    }
    if (name.endsWith('.md')) {
      const linked = renameLinkTargets(text, renames);
      if (linked.count > 0) summary.push(`${linked.count} link${linked.count === 1 ? '' : 's'} updated`);
      text = linked.text;
    }
    const newName = renames.get(name);
    if (text === file.text && newName === undefined) continue;
    const newPath = newName === undefined ? undefined : [...file.path.split('/').slice(0, -1), newName].join('/');
    if (newPath !== undefined) summary.unshift(`renamed to ${newPath}`);
    changes.push({ path: file.path, ...(newPath ? { newPath } : {}), before: file.text, after: text, summary });
  }

  for (const scope of options.scopeFiles ?? []) {
    let text = scope.text;
    let count = 0;
    for (const [from, to] of renames) {
      for (const [oldName, newName] of [[from, to], [from.replace(/\.md$/, ''), to.replace(/\.md$/, '')]] as const) {
        text = text.replace(new RegExp(`(?<![A-Za-z0-9_.-])${escapeRegExp(oldName)}(?![A-Za-z0-9_-])`, 'g'), () => {
          count += 1;
          return newName;
        });
      }
    }
    if (count > 0) changes.push({ path: scope.path, before: scope.text, after: text, summary: [`${count} reference${count === 1 ? '' : 's'} updated`] });
  }

  // The portal keeps the old addresses working.
  const redirectsFile = files.find((file) => file.path === REDIRECTS_FILE) ?? null;
  const redirects = redirectsFile ? parseRedirects(redirectsFile.text) : { ok: true as const, redirects: {} };
  if (!redirects.ok) return refuse(`${REDIRECTS_FILE}: ${redirects.message}`);
  const updated: Record<string, string> = {};
  const idRenames = new Map([...renames].map(([from, to]) => [from.replace(/\.md$/, ''), to.replace(/\.md$/, '')]));
  for (const [from, to] of Object.entries(redirects.redirects)) updated[from] = idRenames.get(to) ?? to;
  for (const [from, to] of idRenames) updated[from] = to;
  const after = formatRedirects(updated);
  if (after !== redirectsFile?.text) {
    changes.push({ path: REDIRECTS_FILE, before: redirectsFile?.text ?? null, after, summary: [...idRenames].map(([from, to]) => `redirect /standards/${from} -> /standards/${to}`) });
  }
  return { ok: true, changes, notes: [] };
}

/** A list field as written, a single string counting as a one-element list. */
function listField(text: string, key: string): string[] {
  const read = readFrontMatterField(text, key);
  const written = read.ok ? read.value : null;
  return typeof written === 'string' ? [written] : Array.isArray(written) ? written.map(String) : [];
}

/** The next number of a track: one above the highest in use (numbers are never reused), second digit kept. */
export function nextNumber(documents: readonly StandardDocument[], trackDigit: string): string | null {
  const digit = Number(trackDigit);
  const used = documents.flatMap((document) => (document.number !== null && document.number.charAt(1) === trackDigit ? [Number(document.number)] : []));
  const highest = used.length === 0 ? -1 : Math.max(...used);
  for (let thousand = 0; thousand <= 9; thousand += 1) {
    for (let rest = 0; rest <= 99; rest += 1) {
      const candidate = thousand * 1000 + digit * 100 + rest;
      if (candidate > highest) return String(candidate).padStart(4, '0');
    }
  }
  return null;
}

/** Rewrites link and image targets, and link definitions, that name a renamed file (or its id). */
export function renameLinkTargets(text: string, renames: ReadonlyMap<string, string>): { text: string; count: number } {
  const tree = parseMarkdown(text);
  const edits: Array<{ from: number; to: number; insert: string }> = [];
  visitNodes(tree, (node: Nodes) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const match = /^(.*\/)?([^/#?]+?)(\.md)?([#?].*)?$/.exec(node.url);
    if (!match) return;
    const oldName = `${match[2]}.md`;
    const newName = renames.get(oldName);
    if (newName === undefined) return;
    // The target is the last occurrence in the node's source: after the link text.
    const written = `${match[2]}${match[3] ?? ''}`;
    const at = text.lastIndexOf(written, end);
    if (at < start) return;
    edits.push({ from: at, to: at + written.length, insert: match[3] ? newName : newName.replace(/\.md$/, '') });
  });
  let result = text;
  for (const edit of edits.sort((a, b) => b.from - a.from)) result = result.slice(0, edit.from) + edit.insert + result.slice(edit.to);
  return { text: result, count: edits.length };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
