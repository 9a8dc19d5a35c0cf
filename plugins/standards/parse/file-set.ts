// Which files of a standards folder are documents, which are assets (files a
// document may show or link to) and which are ignored, and why. Pure: the
// walk over the disk (parse/load.ts) describes each entry, this decides. The
// linter, the portal and the exporters all take their files from this one
// decision, so a page is published only from a file the linter has checked.
import type { RuleFinding } from '../report/diagnostic.js';
import { isStandardsFileName, printableName } from './file-name.js';

/** What the walk found at a path, symbolic links resolved (never followed into folders). */
export type EntryType =
  | 'file'
  | 'folder'
  /** Anything that is neither a regular file nor a folder: a FIFO, a socket, a device. */
  | 'special'
  /** A link whose target is a regular file inside the folder: treated as that file. */
  | 'link-to-file-inside'
  | 'link-to-folder'
  | 'link-outside'
  | 'link-broken';

export type IgnoreReason =
  /** Hidden files and folders (`.git`, `.github`), and `node_modules` and `build`: tools' files, not content. */
  | 'not-content'
  /** Markdown that is not an `scs-*.md` document (a README): neither a page nor an attachment. */
  | 'other-markdown'
  /** A problem the author must hear about: the entry carries a finding. */
  | 'finding';

export interface IgnoredEntry {
  /** Path relative to the folder, forward slashes. */
  path: string;
  reason: IgnoreReason;
  findings: RuleFinding[];
}

export interface FileSet {
  /** `scs-*.md` files directly in the folder, templates included, in path order. */
  documents: string[];
  /** Every other regular file a document may show or link to, in path order. */
  assets: string[];
  ignored: IgnoredEntry[];
}

/** Folders never walked: version control, dependencies and build output. Hidden folders (`.…`) neither. */
export const TOOL_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'build', '.git', '.docusaurus']);

/** Characters an attachment's path may have: the bundler reads `!`, `?` and `#` as loader syntax, and a URL cannot carry control characters. */
const ASSET_PATH = /^[\p{L}\p{N}_.\/ @+,=~-]+$/u;

export type Decision = { kind: 'document' } | { kind: 'asset' } | { kind: 'walk' } | { kind: 'ignored'; entry: IgnoredEntry };

const at = (ruleId: string, message: string): RuleFinding => ({ ruleId, message, span: { start: { line: 1, column: 1 } } });

/** The decision for one entry of the walk. `relativePath` uses forward slashes. */
export function classifyEntry(relativePath: string, type: EntryType): Decision {
  const name = relativePath.split('/').pop()!;
  const inSubfolder = relativePath.includes('/');
  const ignored = (reason: IgnoreReason, findings: RuleFinding[] = []): Decision => ({ kind: 'ignored', entry: { path: relativePath, reason, findings } });
  const shown = printableName(relativePath);

  if (type === 'folder') return TOOL_FOLDERS.has(name) || name.startsWith('.') ? ignored('not-content') : { kind: 'walk' };
  if (type === 'link-to-folder') {
    return ignored('finding', [
      at('file-symlink', `Unexpected symbolic link to a folder at \`${shown}\`, expected a real folder: files behind a link are neither checked nor published`),
    ]);
  }
  if (name.startsWith('.')) return ignored('not-content');
  if (type === 'link-broken') return ignored('finding', [at('file-symlink', 'Unexpected broken symbolic link, expected a regular file')]);
  if (type === 'link-outside') {
    return ignored('finding', [at('file-symlink', 'Unexpected symbolic link to a file outside the standards folder, expected a regular file inside it')]);
  }

  if (isStandardsFileName(name)) {
    if (inSubfolder) {
      return ignored('finding', [
        at('file-name', `Unexpected standards document in a subfolder (\`${shown}\`), expected it directly in the standards folder: it is neither checked nor published`),
      ]);
    }
    if (type === 'special') return ignored('finding', [at('file-encoding', 'Unexpected special file, expected a regular Markdown file')]);
    return { kind: 'document' };
  }
  if (/\.mdx?$/i.test(name)) return ignored('other-markdown');
  if (type === 'special') return ignored('finding', [at('file-encoding', `Unexpected special file \`${shown}\`, expected a regular file`)]);
  if (!ASSET_PATH.test(relativePath)) {
    return ignored('finding', [
      at('file-name', `Unexpected characters in the name of \`${shown}\`, expected letters, digits, spaces and \`_.@+,=~-\`: a document cannot show or link to it, so it is not published`),
    ]);
  }
  return { kind: 'asset' };
}

/** Entries whose findings the linter reports and the build names. */
export function reportedEntries(set: FileSet): IgnoredEntry[] {
  return set.ignored.filter((entry) => entry.findings.length > 0);
}
