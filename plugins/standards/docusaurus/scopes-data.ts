// The scope files are read once per build: the scopes plugin, the standards
// plugin's status pages and the front-matter adapter all await one promise.
import path from 'node:path';
import type { ParsedScopeFile, Scope } from '../model/scope.js';
import { loadScopes } from '../parse/load-scopes.js';

export interface ScopeSource {
  /** Folder of scope files. */
  dir: string;
  /** The folder also holds other YAML files (SCOPES_DIR pointing at a `Tests/` folder). */
  mixed: boolean;
}

const loaded = new Map<string, Promise<ParsedScopeFile[]>>();

export function loadScopesOnce(source: ScopeSource, relativeTo: string): Promise<ParsedScopeFile[]> {
  const key = `${path.resolve(source.dir)}\0${source.mixed}`;
  let files = loaded.get(key);
  if (!files) {
    files = loadScopes(path.resolve(source.dir), { relativeTo, mixed: source.mixed }).catch((cause: unknown) => {
      loaded.delete(key);
      throw new Error(`Could not read the scopes folder ${source.dir}`, { cause });
    });
    loaded.set(key, files);
  }
  return files;
}

/** Forgets what was read, so the dev server sees edited scope files. */
export function forgetScopes(): void {
  loaded.clear();
}

export function readableScopes(files: readonly ParsedScopeFile[]): Scope[] {
  const scopes = files.flatMap((file) => (file.scope ? [file.scope] : []));
  // Two files for one page would overwrite each other: the first (by file name) wins, the linter reports the rest.
  return scopes.filter((scope, index) => scopes.findIndex((other) => other.slug === scope.slug) === index);
}

/** Scopes given by environment: SCOPES_DIR (another folder, which may mix scopes with other YAML files). */
export function scopeSourceFromEnv(env: NodeJS.ProcessEnv, standardsDir: string): ScopeSource {
  return env.SCOPES_DIR ? { dir: path.resolve(env.SCOPES_DIR), mixed: true } : { dir: path.join(standardsDir, 'scopes'), mixed: false };
}
