// The bundler's persistent cache keeps a compiled page as long as the files
// it read are unchanged. Handbook pages and document bodies also read the
// corpus (which standards exist, where `/latest` leads), through Markdown
// plugins the cache cannot see into. So the plugin writes a key of the corpus
// to a file (buildLoaderKey below) and every such loader declares that
// file a dependency: a new key recompiles them, an unchanged one costs nothing.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { LoadedCorpus } from '../parse/load-corpus.js';
import { buildRedirects } from './redirects.js';
import { standardsSitePaths } from './unlink-missing-standards.js';

const require = createRequire(import.meta.url);
/** Loaders whose output depends on the corpus: Docusaurus's MDX loader (the handbook) and ours (standards). */
export const CORPUS_DEPENDENT_LOADERS: readonly string[] = [require.resolve('@docusaurus/mdx-loader'), require.resolve('./content-loader.cjs')];

/**
 * The key of what those loaders read of the corpus, and nothing more: where
 * each short permalink leads (resolve-permalinks.ts), which standards pages
 * exist (unlink-missing-standards.ts), the file set (documents linked by
 * file, attachments bundled). A title, a description or a relation is not in
 * it: such an edit in the dev server recompiles the edited document, not all
 * of them and the handbook. Pure.
 */
export function buildLoaderKey(corpus: LoadedCorpus, date: CalendarDate): string {
  const redirects = buildRedirects(corpus.registry, date).map((redirect) => [redirect.from, redirect.to]);
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ root: corpus.root, redirects, pages: [...standardsSitePaths(corpus.registry)], documents: corpus.fileSet.documents, assets: corpus.fileSet.assets }));
  return hash.digest('hex');
}

export function corpusKeyFile(generatedFilesDir: string): string {
  return path.join(generatedFilesDir, 'scs-standards', 'corpus-key.json');
}

interface LoaderUse {
  loader?: string;
  options?: { dependencies?: string[] } & Record<string, unknown>;
}

/**
 * Adds `file` to the `dependencies` option of every use of `loaders` in a
 * bundler config (both loaders add their dependencies to the build). Mutates
 * the config, as Docusaurus allows in `configureWebpack`; returns how many uses it changed.
 */
export function addLoaderDependency(config: unknown, loaders: readonly string[], file: string): number {
  let changed = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (typeof value !== 'object' || value === null || value instanceof RegExp) return;
    const use = value as LoaderUse;
    if (typeof use.loader === 'string' && loaders.includes(use.loader)) {
      const dependencies = use.options?.dependencies ?? [];
      if (!dependencies.includes(file)) {
        use.options = { ...use.options, dependencies: [...dependencies, file] };
        changed++;
      }
      return;
    }
    for (const [key, entry] of Object.entries(value)) if (key === 'use' || key === 'rules' || key === 'module' || key === 'oneOf') visit(entry);
  };
  visit(config);
  return changed;
}
