// The portal section of the benchmark: one cold build (`npm run build`: the site, then its search index) of a
// corpus folder, measured from outside, then the built site served on
// 127.0.0.1 and one document page loaded in Chromium to weigh its JavaScript.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../../../scripts/lib/static-server.js';
import { parseFileName } from '../parse/file-name.js';
import { measureCommand, type Measurement } from './measure.js';
import { measurePageWeight, type PageWeight } from './page-weight.js';
import { FIRST_SEARCH, type FirstSearch } from './first-search.js';
import type { DevLatency } from './dev-latency.js';
import { statusPagePath } from '../export/urls.js';

export interface PortalResult {
  label: string;
  documents: number;
  measurement: Measurement;
  htmlPages: number | null;
  /** A document page without a diagram. */
  page: PageWeight | null;
  /** A document page with a Mermaid diagram, when the corpus has one: shows the detection works. */
  diagramPage: PageWeight | null;
  /** A standard's status page (its versions and their states). */
  statusPage: PageWeight | null;
  /** The overview of all standards. */
  overview: PageWeight | null;
  /** A first query typed into the navbar search box on the document page (see ./first-search.ts). */
  firstSearch: FirstSearch | null;
  /** `npm run dev` on the same corpus, when asked for (see ./dev-latency.ts). */
  dev: DevLatency | null;
  searchIndexBytes: number | null;
  /** What one query on the search page fetched from the index. */
  query: PageWeight | null;
  problem: string | null;
}

const TIMEOUT_MS = 30 * 60_000;

export async function runPortalBench(repoRoot: string, corpusDir: string, label: string, workDir: string, browser: Browser): Promise<PortalResult> {
  const outDir = path.join(workDir, `portal-${label.replace(/\W+/g, '-')}`);
  // A generated-files folder of its own and no persistent bundler cache: a cold
  // build that neither reads nor disturbs the caches of builds running elsewhere in this checkout.
  const generated = `.docusaurus-bench-${process.pid}`;
  const env = {
    ...process.env,
    STANDARDS_DIR: corpusDir,
    DOCUSAURUS_GENERATED_FILES_DIR_NAME: generated,
    DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
  };
  const documents = await documentFiles(corpusDir);
  let measurement: Measurement;
  try {
    measurement = await measureCommand(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts', '--out-dir', outDir], {
      cwd: repoRoot,
      env,
      timeoutMs: TIMEOUT_MS,
    });
  } finally {
    await rm(path.join(repoRoot, generated), { recursive: true, force: true });
  }
  const empty = { htmlPages: null, page: null, diagramPage: null, statusPage: null, overview: null, firstSearch: null, dev: null, searchIndexBytes: null, query: null };
  if (measurement.exitCode !== 0) {
    // Docusaurus names broken links near the top of a long stack trace: keep those lines, then the end.
    const lines = (measurement.stderr + measurement.stdout).trim().split('\n');
    const named = lines.filter((line) => /broken|linking to|source page|error/i.test(line)).slice(0, 20);
    const tail = [...named, '…', ...lines.slice(-8)].join('\n');
    return { label, documents: documents.length, measurement, ...empty, problem: `the build exited with ${measurement.exitCode}${measurement.timedOut ? ' (timed out)' : ''}:\n${tail}` };
  }

  const htmlPages = (await listFiles(outDir)).filter((file) => file.endsWith('.html')).length;
  const searchIndexBytes = await folderBytes(path.join(outDir, 'pagefind'));
  const server = await startStaticServer(outDir);
  try {
    const plain = documents.find((document) => !document.hasDiagram);
    const diagram = documents.find((document) => document.hasDiagram);
    const weigh = async (id: string | undefined) => (id === undefined ? null : measurePageWeight(browser, server.url, outDir, `/standards/${id}`));
    const page = await weigh(plain?.id);
    const diagramPage = await weigh(diagram?.id);
    const numbered = documents.find((document) => document.number !== null);
    const statusPath = numbered ? statusPagePath(numbered) : null;
    const statusPage = statusPath ? await measurePageWeight(browser, server.url, outDir, statusPath) : null;
    const overview = await measurePageWeight(browser, server.url, outDir, '/standards');
    const query = searchIndexBytes === null ? null : await measurePageWeight(browser, server.url, outDir, '/search?q=network');
    let firstSearch: FirstSearch | null = null;
    let problem: string | null = null;
    if (searchIndexBytes !== null && plain) {
      firstSearch = await FIRST_SEARCH(browser, server.url, outDir, `/standards/${plain.id}`, 'network').catch((error: Error) => {
        problem = `first search: ${error.message.split('\n')[0]}`;
        return null;
      });
    }
    return { label, documents: documents.length, measurement, htmlPages, page, diagramPage, statusPage, overview, firstSearch, dev: null, searchIndexBytes, query, problem };
  } finally {
    await server.close();
  }
}

interface CorpusDocument {
  id: string;
  fileName: string;
  number: string | null;
  hasDiagram: boolean;
}

/** The documents (versions and supplements, not templates) of a corpus folder, in name order. */
export async function documentFiles(corpusDir: string): Promise<CorpusDocument[]> {
  const names = (await readdir(corpusDir)).filter((name) => {
    const kind = parseFileName(name).parts?.kind;
    return kind === 'document' || kind === 'supplement' || kind === 'proposal';
  });
  names.sort();
  return Promise.all(
    names.map(async (name) => ({
      id: name.slice(0, -'.md'.length),
      fileName: name,
      number: /^scs-(\d{4})-/.exec(name)?.[1] ?? null,
      hasDiagram: (await readFile(path.join(corpusDir, name), 'utf8')).includes('```mermaid'),
    })),
  );
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

async function folderBytes(dir: string): Promise<number | null> {
  if (!(await stat(dir).catch(() => null))?.isDirectory()) return null;
  let total = 0;
  for (const file of await listFiles(dir)) total += (await stat(file)).size;
  return total;
}
