import { readFileSync } from 'node:fs';
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentText, standardFields } from '../lint/testing.js';
import { forgetCorpus, loadCorpusOnce, reloadCorpus } from './corpus.js';
import { classifyCorpusChange, createCorpusRefresher, docsWatchPaths, showsInDiffPages, startDevWatch, stopDevWatch } from './dev-watch.js';

const DATE = '2025-06-01';
const V1 = 'scs-0100-v1-flavor-naming.md';
const V2 = 'scs-0100-v2-flavor-naming.md';
const ALONE = 'scs-0200-v1-single-version.md';
const v1Text = (body = '## Introduction\n\nFirst words.\n') =>
  documentText(standardFields({ title: 'Flavor naming', status: 'Deprecated', deprecated_at: '2025-01-01', replaced_by: `[${V2}]` }), body);
const v2Text = (title = 'Flavor naming', body = '## Introduction\n\nSecond words.\n') => documentText(standardFields({ title, replaces: `[${V1}]` }), body);
const aloneText = (body = '## Introduction\n\nAlone.\n') => documentText(standardFields({ title: 'Single version' }), body);

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'scs-dev-watch-'));
  await Promise.all([writeFile(path.join(root, V1), v1Text()), writeFile(path.join(root, V2), v2Text()), writeFile(path.join(root, ALONE), aloneText())]);
});
afterEach(async () => {
  stopDevWatch(root);
  forgetCorpus(root);
  await rm(root, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('classifyCorpusChange', () => {
  it('tells a body edit from a front-matter edit and from a new file, and a save without change from both', async () => {
    const before = await loadCorpusOnce(root);
    expect(classifyCorpusChange(before, await reloadCorpus(root), DATE)).toEqual({ kind: 'unchanged' });

    await writeFile(path.join(root, V2), v2Text('Flavor naming', '## Introduction\n\nEdited words.\n'));
    const bodyEdit = classifyCorpusChange(before, await reloadCorpus(root), DATE);
    expect(bodyEdit.kind).toBe('bodies');
    expect(bodyEdit.kind !== 'unchanged' && bodyEdit.files.map((file) => file.path)).toEqual([V2]);

    await writeFile(path.join(root, V2), v2Text('Flavour naming'));
    const titleEdit = classifyCorpusChange(before, await reloadCorpus(root), DATE);
    expect(titleEdit.kind).toBe('site');

    await writeFile(path.join(root, 'scs-0300-v1-new.md'), aloneText());
    const withNew = classifyCorpusChange(before, await reloadCorpus(root), DATE);
    expect(withNew.kind).toBe('site');
    expect(withNew.kind !== 'unchanged' && withNew.files.map((file) => file.path).sort()).toEqual([V2, 'scs-0300-v1-new.md']);
  });

  it('keeps the object of every document whose text is unchanged, so per-document work is kept', async () => {
    const before = await loadCorpusOnce(root);
    await writeFile(path.join(root, V2), v2Text('Flavor naming', '## Introduction\n\nEdited words.\n'));
    const after = await reloadCorpus(root);
    const byPath = (corpus: typeof before, name: string) => corpus.files.find((file) => file.path === name)!.document;
    expect(byPath(after, V1)).toBe(byPath(before, V1));
    expect(byPath(after, V2)).not.toBe(byPath(before, V2));
  });
});

describe('showsInDiffPages', () => {
  it('is true for a version of a standard with two or more versions only', async () => {
    const corpus = await loadCorpusOnce(root);
    const document = (name: string) => corpus.registry.byFileName.get(name)!;
    expect(showsInDiffPages(corpus.registry, document(V1))).toBe(true);
    expect(showsInDiffPages(corpus.registry, document(V2))).toBe(true);
    expect(showsInDiffPages(corpus.registry, document(ALONE))).toBe(false);
  });
});

describe('createCorpusRefresher', () => {
  function refresher(diffDelayMs = 40) {
    const reloads: string[] = [];
    const warnings: string[] = [];
    const refresh = createCorpusRefresher({ standardsDir: root, date: DATE, diffDelayMs, settleMs: 5, requestReload: (reason) => reloads.push(reason), warn: (line) => warnings.push(line) });
    return { refresh, reloads, warnings };
  }

  it('asks for no reload of the site after a body edit of a standard with one version', async () => {
    const { refresh, reloads } = refresher();
    await loadCorpusOnce(root);
    await writeFile(path.join(root, ALONE), aloneText('## Introduction\n\nAlone, edited.\n'));
    refresh.changed();
    await refresh.settled();
    await sleep(80);
    expect(reloads).toEqual([]);
    // The corpus every later reader gets is the edited one.
    expect((await loadCorpusOnce(root)).registry.byFileName.get(ALONE)!.body).toContain('Alone, edited.');
    refresh.close();
  });

  it('brings the pages comparing versions up to date a moment after a body edit, once for a burst of edits', async () => {
    // Long enough for the burst on a loaded machine; each edit starts the wait again.
    const { refresh, reloads } = refresher(2_000);
    await loadCorpusOnce(root);
    for (const words of ['One', 'Two', 'Three']) {
      await writeFile(path.join(root, V2), v2Text('Flavor naming', `## Introduction\n\n${words}.\n`));
      refresh.changed();
      await refresh.settled();
    }
    expect(reloads).toEqual([]);
    const by = Date.now() + 10_000;
    while (reloads.length === 0 && Date.now() < by) await sleep(50);
    await sleep(200);
    expect(reloads).toEqual(['pages comparing versions show an edited body']);
    refresh.close();
  });

  it('asks for a reload at once after a front-matter edit, naming the file, and reports the file\'s problems', async () => {
    const { refresh, reloads, warnings } = refresher(10_000);
    await loadCorpusOnce(root);
    await writeFile(path.join(root, V2), v2Text('Flavour naming').replace('track: IaaS', 'track: Iaas'));
    refresh.changed();
    refresh.changed();
    await refresh.settled();
    expect(reloads).toEqual([`front matter or the file list changed (${V2})`]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^\[scs-standards\] 1 problem\(s\) in the edited document\(s\)/);
    expect(warnings[0]).toContain(`${path.join(root, V2)}:`);
    refresh.close();
  });

  it('asks for a reload when a document is removed, and for none when a file is saved unchanged', async () => {
    const { refresh, reloads } = refresher(10_000);
    await loadCorpusOnce(root);
    await writeFile(path.join(root, V1), v1Text());
    refresh.changed();
    await refresh.settled();
    expect(reloads).toEqual([]);
    await unlink(path.join(root, ALONE));
    refresh.changed();
    await refresh.settled();
    expect(reloads).toEqual(['front matter or the file list changed (the folder)']);
    refresh.close();
  });
});

describe('startDevWatch', () => {
  it('sees a saved document through the folder watch and touches the trigger file Docusaurus watches', async () => {
    const trigger = path.join(root, 'generated', 'scs-standards', 'reload-standards.txt');
    await loadCorpusOnce(root);
    startDevWatch({ standardsDir: root, date: DATE, trigger, diffDelayMs: 10_000 });
    expect(readFileSync(trigger, 'utf8')).toBe('started\n');
    await writeFile(path.join(root, ALONE), aloneText().replace('Single version', 'Renamed'));
    const by = Date.now() + 10_000;
    while (readFileSync(trigger, 'utf8') === 'started\n' && Date.now() < by) await sleep(25);
    expect(readFileSync(trigger, 'utf8')).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT.* front matter or the file list changed \\(${ALONE}\\)\\n$`));
  });
});

describe('docsWatchPaths', () => {
  it('leaves the documents to this module and adds the trigger file, keeping the sidebar and category files', () => {
    const paths = ['/site/sidebars-standards.ts', '/site/i18n/en/standards/current/[sS][cC][sS][-_]*.[mM][dD]', '/corpus/[sS][cC][sS][-_]*.[mM][dD]', '/corpus/**/_category_.{json,yml,yaml}'];
    expect(docsWatchPaths(paths, '/corpus', ['[sS][cC][sS][-_]*.[mM][dD]'], '/site/.docusaurus/scs-standards/reload-standards.txt')).toEqual([
      '/site/sidebars-standards.ts',
      '/site/i18n/en/standards/current/[sS][cC][sS][-_]*.[mM][dD]',
      '/corpus/**/_category_.{json,yml,yaml}',
      '/site/.docusaurus/scs-standards/reload-standards.txt',
    ]);
  });
});
