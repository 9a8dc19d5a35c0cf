// The dev server answers `page-data/<address>.json` from memory
// (plugins/standards/docusaurus/dev-page-data.ts): for every standards page,
// the same data the production build put into that page. The dev server runs
// on the corpus of the main build (our Standards/) and every data file of that
// build is compared with the dev server's answer for the same address. Both are
// made as on the run's suite day (tests/suite-day.mts), so the states in their
// data are the same day's even when the run crosses midnight.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDevServer, type DevServer } from '../../plugins/standards/bench/dev-latency.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const site = inject('sites').main!;
let server: DevServer;

/** The data with each attachment's address left out: the build's are the bundler's hashed files, the dev server's its own. */
function comparable(data: Record<string, unknown>): Record<string, unknown> {
  const content = data.content as { assets?: unknown[] } | undefined;
  if (!content?.assets) return data;
  return { ...data, content: { ...content, assets: content.assets.map(() => 'attachment') } };
}

/**
 * A GET, asked again once when the connection failed before any answer: the client may reuse a kept-alive
 * connection at the moment the server closes it as idle (its 5 s keep-alive), which on a busy machine happens
 * between two pages' comparisons. Any answer, whatever its status, counts.
 */
async function getAskingTwiceAtMost(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch {
    return fetch(url);
  }
}

beforeAll(async () => {
  server = await startDevServer({ repoRoot: REPO, corpusDir: site.corpus, env: { DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', STANDARDS_DATE: inject('suiteDay') } });
  const readyBy = Date.now() + 8 * 60_000;
  for (;;) {
    if (Date.now() > readyBy) throw new Error(`the dev server did not answer in time:\n${server.output.join('').slice(-2_000)}`);
    const exited = await Promise.race([server.exited.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000))]);
    if (exited) throw new Error(`the dev server exited:\n${server.output.join('').slice(-2_000)}`);
    const response = await fetch(`${server.url}/page-data/standards.json`).catch(() => null);
    if (response?.ok) break;
  }
}, 10 * 60_000);

afterAll(async () => {
  await server?.close();
});

describe('the dev server\'s page data', () => {
  it('equals the data the production build put into each standards page', async () => {
    const root = path.join(site.dir, 'page-data');
    const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
    // Every kind of page is among them.
    const kinds = new Set<string>();
    for (const file of files) {
      const built = JSON.parse(await readFile(path.join(root, file), 'utf8')) as Record<string, unknown>;
      const response = await getAskingTwiceAtMost(`${server.url}/page-data/${file.split(path.sep).join('/')}`).catch((error: unknown) => {
        const cause = (error as { cause?: { message?: string } }).cause?.message;
        throw new Error(`${file}: ${(error as Error).message}${cause ? ` (${cause})` : ''}; the dev server said:\n${server.output.join('').slice(-3_000)}`);
      });
      expect(response.status, file).toBe(200);
      const served = (await response.json()) as Record<string, unknown>;
      expect(comparable(served), file).toEqual(comparable(built));
      kinds.add(String(built.kind));
    }
    expect([...kinds].sort()).toEqual(['compare', 'diff', 'doc', 'overview', 'status', 'track']);
    expect(files.length).toBeGreaterThan(50);
  }, 300_000);

  it('answers 404 for an address that is no standards page, and serves no file a document does not show', async () => {
    const unknown = await fetch(`${server.url}/__scs-dev/asset/${Buffer.from('/etc/passwd').toString('base64url')}/passwd`);
    expect(unknown.status).toBe(404);
    const missing = await fetch(`${server.url}/page-data/standards/scs-9999-v1-nothing-here.json`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toBeNull();
  });
});
