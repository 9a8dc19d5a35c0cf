// Docusaurus writes its generated files (each page's props and document
// metadata as JSON, the route table, the chunk registry) with `generate` of
// @docusaurus/utils, which truncates a file and then writes it. In the dev
// server the bundler watches those files and rebuilds the moment one changes:
// after an edit it sometimes read a JSON file half written and reported a
// parse error (seen at 1,000 documents, where a reload rewrites many files
// while the bundler is already rebuilding the edited document). This puts in
// its place a `generate` that does the same (writes only files whose content
// changed) but writes each file whole: to a new file, renamed over the old.
// Docusaurus's own callers look the function up on that module at each call,
// so replacing it there reaches all of them.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { writeFileAtomically } from './corpus.js';

type Generate = (generatedFilesDir: string, file: string, content: string, skipCache?: boolean) => Promise<void>;

const ATOMIC = Symbol.for('scs-standards.atomic-generate');
const hashOf = (content: string) => createHash('sha256').update(content).digest('hex');

/** The replacement: Docusaurus's behaviour (a cache of what was written, by path), atomic writes. */
export function createAtomicGenerate(): Generate {
  const written = new Map<string, string>();
  return async (generatedFilesDir, file, content, skipCache = process.env.NODE_ENV === 'production') => {
    const target = path.resolve(generatedFilesDir, file);
    const hash = hashOf(content);
    if (!skipCache) {
      let last = written.get(target);
      if (last === undefined) {
        const existing = await readFile(target, 'utf8').catch(() => null);
        if (existing !== null) written.set(target, (last = hashOf(existing)));
      }
      if (last === hash) return;
    }
    await writeFileAtomically(target, content);
    written.set(target, hash);
  };
}

/**
 * Puts the atomic `generate` in place of Docusaurus's, once per process.
 * Returns false, leaving Docusaurus as it is, if its module does not have the
 * shape this was written for (a newer version: check whether it still needs this).
 */
export function installAtomicGenerate(): boolean {
  const emitUtils = createRequire(import.meta.url)('@docusaurus/utils/lib/emitUtils.js') as { generate?: Generate & { [ATOMIC]?: true } };
  if (typeof emitUtils.generate !== 'function') return false;
  if (emitUtils.generate[ATOMIC]) return true;
  const generate = Object.assign(createAtomicGenerate(), { [ATOMIC]: true as const });
  try {
    emitUtils.generate = generate;
  } catch {
    return false;
  }
  return emitUtils.generate === generate;
}
