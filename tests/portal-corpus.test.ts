// Issue 8 §1 and §5, issue 9 §3: real portal builds of messy corpora, with
// WARM caches. One private copy of the site (its own .docusaurus and bundler
// cache, so no other build of the suite shares them) builds three times:
//   1. the messy corpus (tests/fixtures/messy-corpus: every readable document
//      must be published, wherever it is listed) plus misnamed documents,
//      files that cannot be read at all, and files that must not become
//      pages (subfolders, tool folders, glob characters, links out, a loop).
//      One build serves both fixtures; our own corpus is not needed, since
//      the handbook shows links to standards a corpus lacks as text (build 3);
//   2. the same folder after a new version of a standard became current;
//   3. another corpus, in a git repository of its own.
// Caches are never cleared in between: that is where stale pages came from.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitOnDay } from '../plugins/standards/history/testing.js';

const BUILD_TIMEOUT_MS = 8 * 60_000;
const REPO = path.resolve(__dirname, '..');
const OUTSIDE_MARKER = 'outside-content-marker-7f3a';

interface BuildResult {
  ok: boolean;
  output: string;
  seconds: number;
}

const temporary: string[] = [];
let base: string;
let site: string;
let corpusA: string;
let corpusB: string;

function git(cwd: string, args: string[], day = '2024-03-05'): void {
  gitOnDay(cwd, args, day);
}

/** The site without its caches, in a git checkout of its own; node_modules is a folder of links, so the bundler's cache in it is private. */
async function copySite(to: string): Promise<void> {
  for (const name of ['docs', 'plugins', 'src', 'static', 'scripts']) await cp(path.join(REPO, name), path.join(to, name), { recursive: true });
  for (const name of ['docusaurus.config.ts', 'sidebars.ts', 'sidebars-standards.ts', 'package.json', 'tsconfig.json', 'standards-lint.config.json']) {
    await copyFile(path.join(REPO, name), path.join(to, name));
  }
  await mkdir(path.join(to, 'node_modules'));
  for (const name of await readdir(path.join(REPO, 'node_modules'))) {
    if (name !== '.cache') await symlink(path.join(REPO, 'node_modules', name), path.join(to, 'node_modules', name));
  }
  await writeFile(path.join(to, '.gitignore'), 'node_modules\n.docusaurus\nbuild\n');
  git(to, ['init', '-q']);
  git(to, ['add', '-A']);
  git(to, ['commit', '-q', '-m', 'site']);
}

function build(standardsDir: string, outDir: string): Promise<BuildResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      path.join(site, 'node_modules/.bin/tsx'),
      ['scripts/build.ts', '--out-dir', outDir],
      { cwd: site, timeout: BUILD_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, STANDARDS_DIR: standardsDir } },
      (error, stdout, stderr) => resolve({ ok: error === null, output: `${stdout}\n${stderr}`, seconds: (Date.now() - started) / 1000 }),
    );
  });
}

const frontMatter = (fields: Record<string, string>) => `---\n${Object.entries(fields).map(([key, value]) => `${key}: ${value}`).join('\n')}\n---\n`;
const standard = (title: string, extra: Record<string, string> = {}) =>
  frontMatter({ title, type: 'Standard', status: 'Stable', track: 'IaaS', stabilized_at: '2024-01-10', description: `${title}, a fixture.`, ...extra });
const BODY = '\n## Introduction\n\nWords.\n\n## Motivation\n\nWords.\n\n## Conformance Tests\n\nNone.\n';

async function put(root: string, relative: string, text: string | Buffer): Promise<void> {
  await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
  await writeFile(path.join(root, relative), text);
}

const MESSY = path.join(REPO, 'tests/fixtures/messy-corpus');
/** Files that cannot be read at all, and the reason the build must give for each. */
const UNREADABLE: Array<{ name: string; content: string | Buffer; reason: RegExp }> = [
  { name: 'scs-0176-v1-latin-one.md', content: Buffer.from(`${frontMatter({ title: 'Caf\xe9', type: 'Standard', status: 'Draft', track: 'IaaS' })}\ncaf\xe9\n`, 'latin1'), reason: /UTF-8/ },
  { name: 'scs-0177-v1-binary.md', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), reason: /binary/ },
  { name: 'scs-0178-v1-too-large.md', content: `${frontMatter({ title: 'Too Large', type: 'Standard', status: 'Draft', track: 'IaaS' })}\n${'Words and more words.\n'.repeat(60_000)}`, reason: /size|MB|large/i },
  { name: 'scs-v1-no-number.md', content: `${frontMatter({ title: 'No Number', type: 'Standard', status: 'Draft', track: 'IaaS' })}${BODY}`, reason: /number/ },
];

/** The messy corpus plus one document of every class of issue 8 §1 and issue 9 §3. */
async function makeCorpusA(root: string): Promise<void> {
  for (const name of await readdir(MESSY)) if (name.startsWith('scs-')) await copyFile(path.join(MESSY, name), path.join(root, name));
  for (const { name, content } of UNREADABLE) await put(root, name, content);
  await put(root, 'scs-0181-v1-Availability-Zones-Standard.md', `${standard('Availability Zones')}${BODY}`);
  await put(
    root,
    'scs-0182-v1-zone-policy.md',
    `${standard('Zone Policy')}${BODY}\nSee [the zones](scs-0181-v1-Availability-Zones-Standard.md), [the newest](/standards/scs-0183/latest) and [zones now](/standards/scs-0181/latest).\n`,
  );
  await put(root, 'scs-0183-v1-rotation.md', `${standard('Rotation')}${BODY}`);
  await put(root, 'scs_0180_v1_legacy_name.md', `${standard('Legacy Name')}${BODY}`);
  await put(root, 'scs-XXXX-vN-standard-template.md', `${standard('Template')}${BODY}`);
  await put(root, 'archive/scs-0184-v1-archived.md', `${standard('Archived In Subfolder')}${BODY}`);
  await put(root, 'build/scs-0185-v1-built.md', `${standard('Built Output')}${BODY}`);
  await put(root, 'node_modules/pkg/scs-0186-v1-dependency.md', `${standard('Dependency Text')}${BODY}`);
  await put(root, 'scs-0187-v1-{a,b}.md', `${standard('Glob Braces')}${BODY}`);
  await put(root, 'scs-0188-v1-@(x).md', `${standard('Glob Extended')}${BODY}`);
  const outside = path.join(base, 'outside');
  await put(outside, 'scs-0189-v1-outside.md', `${standard('Outside')}${BODY}\n${OUTSIDE_MARKER}\n`);
  await symlink(outside, path.join(root, 'linked'));
  await symlink(path.join(outside, 'scs-0189-v1-outside.md'), path.join(root, 'scs-0189-v1-outside.md'));
  await symlink('.', path.join(root, 'loop'));
}

/** A small corpus of its own, in its own git repository: none of the standards the handbook links to. */
async function makeCorpusB(root: string): Promise<void> {
  await put(root, 'scs-0200-v1-other-corpus.md', `${frontMatter({ title: 'Other Corpus', type: 'Standard', status: 'Draft', track: 'KaaS' })}${BODY}`);
  git(root, ['init', '-q']);
  git(root, ['add', '-A'], '2024-03-05');
  git(root, ['commit', '-q', '-m', 'first'], '2024-03-05');
}

const results: BuildResult[] = [];
const outDirs: string[] = [];
const page = (build: number, name: string) => readFile(path.join(outDirs[build]!, name), 'utf8');
/** Every file of a built site that contains `text`. */
async function filesContaining(build: number, text: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(outDirs[build]!, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && (await readFile(path.join(entry.parentPath, entry.name))).includes(text)) found.push(entry.name);
  }
  return found;
}

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'scs-portal-corpus-'));
  temporary.push(base);
  site = path.join(base, 'site');
  corpusA = path.join(base, 'corpus-a');
  corpusB = path.join(base, 'corpus-b');
  await Promise.all([mkdir(site), mkdir(corpusA), mkdir(corpusB)]);
  await copySite(site);
  await makeCorpusA(corpusA);
  await makeCorpusB(corpusB);
  outDirs.push(path.join(base, 'out-1'), path.join(base, 'out-2'), path.join(base, 'out-3'));

  results.push(await build(corpusA, outDirs[0]!));
  // A new version of scs-0183 becomes current; the old one is deprecated without naming it. Nothing else changes.
  await put(corpusA, 'scs-0183-v2-rotation.md', `${standard('Rotation', { stabilized_at: '2024-06-01', replaces: '[scs-0183-v1-rotation.md]' })}${BODY}`);
  await put(corpusA, 'scs-0183-v1-rotation.md', `${standard('Rotation', { status: 'Deprecated', deprecated_at: '2024-07-01' })}${BODY}`);
  results.push(await build(corpusA, outDirs[1]!));
  results.push(await build(corpusB, outDirs[2]!));
}, 3 * BUILD_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('a corpus with a misnamed document and files that are not documents', () => {
  it('builds, within the time bound despite a link loop', () => {
    expect(results[0]!.ok, results[0]!.output.slice(-3000)).toBe(true);
  });

  it('publishes the misnamed document at the URL its file name gives, listed and linked everywhere', async () => {
    const html = await page(0, 'standards/scs-0181-v1-Availability-Zones-Standard.html');
    expect(html).toContain('<h1>Availability Zones</h1>');
    // The naming finding is for authors, not readers.
    expect(html).not.toContain('Unexpected');
    for (const listing of ['standards.html', 'standards/iaas.html', 'standards/iaas/scs-0181.html']) {
      expect(await page(0, listing), listing).toContain('href=/standards/scs-0181-v1-Availability-Zones-Standard');
    }
    const zonePolicy = await page(0, 'standards/scs-0182-v1-zone-policy.html');
    expect(zonePolicy).toMatch(/href=\/standards\/scs-0181-v1-Availability-Zones-Standard[^>]*>the zones<\/a>/);
    // A link to /latest leads to the short link's page, which picks the version of the day it is followed.
    expect(zonePolicy).toMatch(/href=\/standards\/scs-0181\/latest[^>]*>zones now<\/a>/);
    expect(await page(0, 'standards/scs-0181/latest.html')).toContain('url=/standards/scs-0181-v1-Availability-Zones-Standard');
    const api = JSON.parse(await page(0, 'api/standards.json')) as { documents: Array<{ id: string; url: string }> };
    expect(api.documents.find((document) => document.id === 'scs-0181-v1-Availability-Zones-Standard')?.url).toBe('/standards/scs-0181-v1-Availability-Zones-Standard');
    expect(await page(0, 'standards/feed.xml')).toContain('/standards/scs-0181-v1-Availability-Zones-Standard');
    expect(html).toContain('data-pagefind-body');
    // Underscores between the parts, too.
    expect(await page(0, 'standards/scs_0180_v1_legacy_name.html')).toContain('<h1>Legacy Name</h1>');
    expect(await page(0, 'standards/iaas/scs-0180.html')).toContain('href=/standards/scs_0180_v1_legacy_name');
  });

  it('publishes nothing from a subfolder, a tool folder, a glob-character name, a link out or a template', async () => {
    const built = await readdir(path.join(outDirs[0]!, 'standards'));
    expect(built.filter((name) => /scs-018[4-9]|XXXX|unpublished/.test(name))).toEqual([]);
    for (const title of ['Archived In Subfolder', 'Built Output', 'Dependency Text', 'Glob Braces', 'Glob Extended', OUTSIDE_MARKER]) {
      expect(await filesContaining(0, title), title).toEqual([]);
    }
  });

  it('says once which files it leaves out and why', () => {
    const output = results[0]!.output;
    for (const name of ['archive/scs-0184-v1-archived.md', 'scs-0187-v1-{a,b}.md', 'scs-0188-v1-@(x).md', 'scs-0189-v1-outside.md', 'linked', 'loop']) {
      expect(output.split(`${path.join(corpusA, name)}:1:1`).length - 1, name).toBe(1);
    }
    expect(output.match(/Not publishing/g)).toHaveLength(1);
  });
});

describe('the messy corpus (tests/fixtures/messy-corpus), in the same build', () => {
  const TRACK_BY_DIGIT: Record<string, string> = { '0': 'global', '1': 'iaas', '2': 'kaas', '3': 'iam', '4': 'ops' };
  /** Every readable document of the fixture: its `scs-*.md` files but the templates (`scs-XXXX-…`). */
  const documents = () =>
    readdirSync(MESSY)
      .filter((name) => /^scs-.*\.md$/.test(name) && !name.startsWith('scs-XXXX-'))
      .map((name) => {
        const text = readFileSync(path.join(MESSY, name), 'utf8');
        const number = /^scs-(\d{4})-/.exec(name)?.[1] ?? null;
        const track = number ? TRACK_BY_DIGIT[number[1]!]! : /^track: *(\w+)/m.exec(text)![1]!.toLowerCase();
        // A day the document became effective, stopped being effective or was turned down: an event of the feed.
        const dated = /^(stabilized_at|deprecated_at|obsoleted_at|rejected_at): *\d{4}-\d{2}-\d{2}/m.test(text);
        return { id: name.replace(/\.md$/, ''), number, track, supplement: /^scs-\d{4}-w\d+-/.test(name), dated };
      });

  it('has the documents the test expects: at least 15 readable ones, versions, a supplement and proposals', () => {
    const all = documents();
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(all.filter((document) => document.supplement).length).toBeGreaterThan(0);
    expect(all.filter((document) => document.number === null).length).toBeGreaterThan(0);
  });

  it('publishes every readable document: its page, indexed for search, and its record in the JSON API', async () => {
    const api = JSON.parse(await page(0, 'api/standards.json')) as { documents: Array<{ id: string; url: string }> };
    for (const { id } of documents()) {
      const html = await page(0, `standards/${id}.html`);
      expect(html, id).toContain('data-pagefind-body');
      expect(api.documents.find((document) => document.id === id)?.url, id).toBe(`/standards/${id}`);
    }
  });

  it('lists every version and supplement on its status page, every version and proposal in the overview, every standard and proposal on its track page', async () => {
    const overview = await page(0, 'standards.html');
    for (const { id, number, track, supplement } of documents()) {
      const link = new RegExp(`href=/standards/${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ >#"]`);
      const trackPage = await page(0, `standards/${track}.html`);
      if (number !== null) {
        expect(await page(0, `standards/${track}/scs-${number}.html`), id).toMatch(link);
        expect(trackPage, id).toContain(`href=/standards/${track}/scs-${number}`);
      } else {
        expect(trackPage, id).toMatch(link);
      }
      if (!supplement) expect(overview, id).toMatch(link);
    }
  });

  it('has an entry in the feed for every document with a lifecycle date', async () => {
    const feed = await page(0, 'standards/feed.xml');
    const dated = documents().filter((document) => document.dated);
    expect(dated.length).toBeGreaterThan(5);
    for (const { id } of dated) expect(feed, id).toContain(`/standards/${id}"/>`);
  });

  it('leaves out only the files that cannot be read, each named once with its reason, and no template', async () => {
    const output = results[0]!.output;
    const notPublishing = output.slice(output.indexOf('Not publishing'), output.indexOf('\n[', output.indexOf('Not publishing')));
    for (const { name, reason } of UNREADABLE) {
      const lines = output.split('\n').filter((line) => line.includes(`${path.join(corpusA, name)}:`));
      expect(lines, name).toHaveLength(1);
      expect(lines[0], name).toMatch(reason);
      expect(notPublishing, name).toContain(name);
      expect(existsSync(path.join(outDirs[0]!, 'standards', name.replace(/\.md$/, '.html'))), name).toBe(false);
    }
    // Nothing of the messy corpus is among them.
    for (const { id } of documents()) expect(notPublishing, id).not.toContain(`${id}.md`);
    expect((await readdir(path.join(outDirs[0]!, 'standards'))).filter((name) => name.includes('XXXX'))).toEqual([]);
  });

  it('shows links that lead out of the folder as text, with a warning, instead of failing the build', async () => {
    expect(results[0]!.output).toContain('Link `../Tests/sizes/README.md` in source file');
    expect(await page(0, 'standards/scs-0100-v3-machine-sizes.html')).not.toContain('Tests/sizes/README');
  });
});

describe('a rebuild after a new version became current, with warm caches', () => {
  it('builds', () => {
    expect(results[1]!.ok, results[1]!.output.slice(-3000)).toBe(true);
  });

  it('leads /latest links of unchanged pages to the short link, whose page now leads to the new version', async () => {
    // The link is not resolved at build (its target depends on the day it is followed): nothing in the page can go stale.
    expect(await page(0, 'standards/scs-0182-v1-zone-policy.html')).toMatch(/href=\/standards\/scs-0183\/latest[^>]*>the newest<\/a>/);
    expect(await page(1, 'standards/scs-0182-v1-zone-policy.html')).toMatch(/href=\/standards\/scs-0183\/latest[^>]*>the newest<\/a>/);
    expect(await page(0, 'standards/scs-0183/latest.html')).toContain('url=/standards/scs-0183-v1-rotation');
    expect(await page(1, 'standards/scs-0183/latest.html')).toContain('url=/standards/scs-0183-v2-rotation');
  });

  it('tells the reader of the deprecated version where to go, though it names no replacement', async () => {
    expect(await page(1, 'standards/scs-0183-v1-rotation.html')).toMatch(/It is no longer in force\.(?:<!-- -->)? The version in force is (?:<!-- -->)?<a [^>]*href=\/standards\/scs-0183-v2-rotation/);
  });
});

describe('a build of another corpus after the first, with warm caches', () => {
  it('builds without broken links from cached handbook pages', () => {
    expect(results[2]!.ok, results[2]!.output.slice(-3000)).toBe(true);
  });

  it('shows the handbook links to standards the corpus lacks as text, and none of the first corpus', async () => {
    const lifecycle = await page(2, 'docs/lifecycle.html');
    expect(lifecycle).not.toContain('href=/standards/scs-0001-v1-sovereign-cloud-standards');
    expect(existsSync(path.join(outDirs[2]!, 'standards/scs-0181-v1-Availability-Zones-Standard.html'))).toBe(false);
    expect(await page(2, 'standards.html')).toContain('href=/standards/scs-0200-v1-other-corpus');
    expect(await page(2, 'standards.html')).not.toContain('scs-0181');
  });

  it('dates its pages and feed from the corpus repository', async () => {
    expect(await page(2, 'standards/scs-0200-v1-other-corpus.html')).toContain('<time datetime=2024-03-05T00:00:00.000Z');
    expect(await page(2, 'standards/feed.xml')).toContain('2024-03-05');
  });
});
