// A private copy of the linter for the benchmark. The CLI keeps its cache next
// to its own sources (node_modules/.cache of the checkout) and keeps every
// corpus root's entries, so timing 10,000 synthetic documents through the
// project's CLI would leave ~120 MB in everyone's cache. The copy has its own
// node_modules folder (one symlink per package, so the same code loads) and so
// its own cache. Its source hash is also frozen: edits made in the checkout
// while the benchmark runs cannot invalidate the cache between the priming and
// the warm run.
import { cp, mkdir, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';

/** Copies what `scripts/lint-standards.ts` loads into `dir`; returns the copy's root. */
export async function createLinterCopy(repoRoot: string, dir: string): Promise<string> {
  const root = path.join(dir, 'linter');
  const skipTests = (source: string) => !/\.test\.[jt]s$/.test(source) && !source.includes(`${path.sep}fixtures`);
  await cp(path.join(repoRoot, 'plugins'), path.join(root, 'plugins'), { recursive: true, filter: skipTests });
  await cp(path.join(repoRoot, 'scripts'), path.join(root, 'scripts'), { recursive: true, filter: skipTests });
  for (const file of ['package.json', 'tsconfig.json']) await cp(path.join(repoRoot, file), path.join(root, file));
  const modules = path.join(root, 'node_modules');
  await mkdir(modules);
  for (const entry of await readdir(path.join(repoRoot, 'node_modules'))) {
    if (entry === '.cache') continue;
    await symlink(path.join(repoRoot, 'node_modules', entry), path.join(modules, entry));
  }
  return root;
}
