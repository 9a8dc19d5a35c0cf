// The linter as two plain JavaScript bundles (the command line and its worker
// thread), so `npm run lint:standards` starts in a fraction of a second instead
// of compiling about a hundred TypeScript modules through tsx in every process
// and every worker. Plain JavaScript itself, because it runs before anything
// can compile TypeScript.
//
// The bundles live in node_modules/.cache/scs-standards-lint/bundle/<fingerprint>/
// and are rebuilt whenever a source they were built from changes (the list of
// inputs comes from the last build, so a newly imported file is caught through
// the file that imports it), when dependencies are reinstalled, or when this
// file changes. Two runs may build at once: each builds into its own temporary
// folder and renames it into place; the loser of the race uses the winner's.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ENTRY_POINTS = {
  'lint-standards': 'scripts/lint-standards.ts',
  'file-worker': 'plugins/standards/lint/file-worker.ts',
};
/** Packages left out of the bundle (none since the link checker uses node:http itself). */
const EXTERNAL = [];
/** Bundles of earlier fingerprints older than this are removed (a running lint may still start workers from one). */
const STALE_MS = 60 * 60 * 1000;

/**
 * The bundled command line for the checkout at `root`, built first if missing
 * or out of date. Returns the file URL to import.
 */
export async function ensureLinterBundle(root) {
  const folder = path.join(root, 'node_modules', '.cache', 'scs-standards-lint', 'bundle');
  const manifestFile = path.join(folder, 'current.json');
  const manifest = readManifest(manifestFile);
  if (manifest && fingerprint(root, manifest.inputs) === manifest.fingerprint) {
    return pathToFileURL(path.join(folder, manifest.fingerprint, 'lint-standards.mjs')).href;
  }
  const built = await buildBundle(root, folder);
  writeAtomically(manifestFile, JSON.stringify(built));
  removeStaleBundles(folder, built.fingerprint);
  return pathToFileURL(path.join(folder, built.fingerprint, 'lint-standards.mjs')).href;
}

async function buildBundle(root, folder) {
  // esbuild comes with tsx; imported here only, so a run with an up-to-date bundle never loads it.
  const esbuild = await import('esbuild');
  const temporary = path.join(folder, `tmp-${process.pid}-${Date.now()}`);
  mkdirSync(temporary, { recursive: true });
  try {
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: Object.fromEntries(Object.entries(ENTRY_POINTS).map(([name, file]) => [name, path.join(root, file)])),
      outdir: temporary,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      mainFields: ['module', 'main'],
      splitting: true,
      chunkNames: 'chunk-[hash]',
      external: EXTERNAL,
      metafile: true,
      logLevel: 'silent',
      banner: {
        js: [
          // CommonJS dependencies inside an ES module bundle still call require() for Node's built-ins.
          "import { createRequire as __scsCreateRequire } from 'node:module';",
          'const require = __scsCreateRequire(import.meta.url);',
          // Tells lint/parallel.ts to start workers on the bundled worker instead of through tsx.
          "const SCS_LINT_WORKER = new URL('./file-worker.mjs', import.meta.url).href;",
        ].join('\n'),
      },
      plugins: [sourceLocationPlugin(root, folder), dependencyPatchesPlugin()],
    });
    const inputs = Object.keys(result.metafile.inputs)
      .filter((input) => !input.split(/[\\/]/).includes('node_modules'))
      .sort();
    const print = fingerprint(root, inputs);
    try {
      renameSync(temporary, path.join(folder, print));
    } catch (error) {
      // Another run built the same sources a moment earlier: use its bundle.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
      rmSync(temporary, { recursive: true, force: true });
    }
    return { fingerprint: print, inputs };
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Modules that find files next to their own source (the result cache, the
 * tool version's source hash) keep doing so from the bundle: `import.meta.url`
 * in a project source becomes that source's URL, computed from the bundle's
 * location so the checkout can move.
 */
function sourceLocationPlugin(root, folder) {
  return {
    name: 'source-location',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.split(path.sep).includes('node_modules')) return undefined;
        const text = readFileSync(args.path, 'utf8');
        // The bundle sits one folder below `folder` (its fingerprint).
        const relative = path.relative(path.join(folder, 'fingerprint'), args.path).split(path.sep).join('/');
        const contents = text.replace(/\bimport\.meta\.url\b/g, `new URL(${JSON.stringify(relative)}, import.meta.url).href`);
        return { contents, loader: 'ts' };
      });
    },
  };
}

/**
 * Hot spots of remark-lint's tree walks (one per rule and file), made cheaper
 * in the bundle only; what they compute is unchanged (the bundle's output is
 * compared with the sources' in lint-standards-bundle.test.ts):
 * - unist-util-is tests a node against a list of types one function call per
 *   type; most rules ask "is this phrasing content?" (16 types) of every node
 *   they meet. A list of plain type names becomes one Set lookup.
 * - unist-util-visit-parents renames its visitor function after every node it
 *   enters, so a stack trace shows which node was being visited. Redefining a
 *   function's `name` is slow (about a third of the walks' time) and the linter
 *   never shows those names: the renaming is dropped.
 * A patch whose text is not found (after a dependency update) is left out
 * with a warning: the linter is then slower, not wrong.
 */
const DEPENDENCY_PATCHES = [
  {
    file: /[\\/]unist-util-is[\\/]lib[\\/]index\.js$/,
    find: /function anyFactory\(tests\) \{\n/,
    replacement: [
      'function anyFactory(tests) {',
      "  if (tests.every((test) => typeof test === 'string')) {",
      '    // One Set lookup instead of a check per type (see linter-bundle.mjs).',
      '    const types = new Set(tests)',
      '    return castFactory(function (node) { return types.has(node.type) })',
      '  }',
      '',
    ].join('\n'),
  },
  {
    file: /[\\/]unist-util-visit-parents[\\/]lib[\\/]index\.js$/,
    find: /Object\.defineProperty\(visit, 'name', \{[^}]*\}\)/,
    replacement: '/* the visitor keeps its name in the bundle (see linter-bundle.mjs) */',
  },
];

function dependencyPatchesPlugin() {
  return {
    name: 'dependency-patches',
    setup(build) {
      for (const patch of DEPENDENCY_PATCHES) {
        build.onLoad({ filter: patch.file }, (args) => {
          const text = readFileSync(args.path, 'utf8');
          if (!patch.find.test(text)) {
            console.warn(`linter bundle: ${args.path} has changed; built without a speed-up for it (see linter-bundle.mjs)`);
            return undefined;
          }
          // Imports of the new contents resolve from the original's folder, to the same packages.
          return { contents: text.replace(patch.find, patch.replacement), loader: 'js', resolveDir: path.dirname(args.path) };
        });
      }
    },
  };
}

/** What the bundle depends on: its inputs' contents, the installed packages, this builder and where the checkout is. */
function fingerprint(root, inputs) {
  const hash = createHash('sha256');
  hash.update(root).update('\0');
  hash.update(readFileSync(fileURLToPath(import.meta.url))).update('\0');
  const installed = statOrNull(path.join(root, 'node_modules', '.package-lock.json'));
  hash.update(installed ? `${installed.size}:${installed.mtimeMs}` : 'no lock').update('\0');
  for (const input of inputs) {
    hash.update(input).update('\0');
    try {
      hash.update(readFileSync(path.join(root, input)));
    } catch {
      hash.update('missing'); // a deleted source: rebuild, and the build reports what is wrong
    }
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 20);
}

function readManifest(file) {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof data.fingerprint === 'string' && Array.isArray(data.inputs) && data.inputs.every((input) => typeof input === 'string')) return data;
  } catch {
    // missing or unreadable: build
  }
  return null;
}

function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

function removeStaleBundles(folder, current) {
  const now = Date.now();
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === current) continue;
    const info = statOrNull(path.join(folder, entry.name));
    if (info && now - info.mtimeMs > STALE_MS) rmSync(path.join(folder, entry.name), { recursive: true, force: true });
  }
}

function statOrNull(file) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}
