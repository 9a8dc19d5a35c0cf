// One decision for the linter, the portal and the exporters: which files are
// documents, assets and ignored. Each class is built on disk in a temporary
// folder (symbolic links and odd names cannot be committed portably).
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configFor, documentText, standardFields } from '../lint/testing.js';
import { lintCorpus } from '../lint/run.js';
import { classifyEntry } from './file-set.js';
import { loadFileSet } from './load.js';
import { loadCorpus } from './load-corpus.js';

let base: string;
let root: string;
const text = documentText(standardFields());
async function put(relative: string, content = text): Promise<void> {
  await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
  await writeFile(path.join(root, relative), content);
}

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'scs-file-set-'));
  root = path.join(base, 'Standards');
  await mkdir(root);
  await put('scs-0100-v1-flavor-naming.md');
});
afterEach(() => rm(base, { recursive: true, force: true }));

const findingsOf = async () => (await loadFileSet(root)).ignored.filter((entry) => entry.findings.length > 0).map((entry) => `${entry.path}: ${entry.findings.map((f) => `${f.ruleId} ${f.message}`).join('; ')}`);
const lint = async () =>
  (await lintCorpus({ root, config: configFor({ rules: ['file-name', 'file-symlink', 'file-encoding'] }), date: '2025-01-01', cacheFile: null, parallel: 'off' })).diagnostics.map(
    (d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`,
  );

describe('classifyEntry', () => {
  it.each([
    ['scs-0100-v1-flavor-naming.md', 'file', 'document'],
    ['scs-0121-v1-Availability_Zones.md', 'file', 'document'],
    ['scs-XXXX-vN-standard-template.md', 'file', 'document'],
    ['scs-0101-v1-{a,b}.md', 'file', 'document'],
    ['scs-0100-v1-a.md', 'link-to-file-inside', 'document'],
    ['figures/flow.svg', 'file', 'asset'],
    ['figures', 'folder', 'walk'],
    ['node_modules', 'folder', 'ignored'],
    ['build', 'folder', 'ignored'],
    ['.git', 'folder', 'ignored'],
    ['README.md', 'file', 'ignored'],
    ['sub/scs-0100-v1-a.md', 'file', 'ignored'],
    ['figures/a\nb.png', 'file', 'ignored'],
    ['figures/a?b.png', 'file', 'ignored'],
    ['shared', 'link-to-folder', 'ignored'],
    ['scs-0100-v2-a.md', 'link-outside', 'ignored'],
    ['scs-0100-v2-a.md', 'link-broken', 'ignored'],
  ] as const)('%s (%s) is %s', (relative, type, kind) => {
    expect(classifyEntry(relative, type).kind).toBe(kind);
  });
});

describe('loadFileSet', () => {
  it('takes documents from the folder itself, assets from anywhere below, and walks no tool folder', async () => {
    await put('scs-0121-v1-Availability-Zones-Standard.md');
    await put('scs-XXXX-vN-standard-template.md');
    await put('figures/flow.svg', '<svg/>');
    await put('figures/data.csv', 'a,b\n');
    await put('README.md', '# Standards\n');
    await put('build/scs-0200-v1-built.md');
    await put('node_modules/pkg/scs-0201-v1-dep.md');
    await put('.github/scs-0202-v1-hidden.md');
    const set = await loadFileSet(root);
    expect(set.documents).toEqual(['scs-0100-v1-flavor-naming.md', 'scs-0121-v1-Availability-Zones-Standard.md', 'scs-XXXX-vN-standard-template.md']);
    expect(set.assets).toEqual(['figures/data.csv', 'figures/flow.svg']);
    expect(set.ignored.map((entry) => `${entry.path} ${entry.reason}`)).toEqual(['.github not-content', 'README.md other-markdown', 'build not-content', 'node_modules not-content']);
  });

  it('reports a document in a subfolder and does not take it', async () => {
    await put('archive/scs-0100-v0-flavor-naming.md');
    expect(await findingsOf()).toEqual([
      'archive/scs-0100-v0-flavor-naming.md: file-name Unexpected standards document in a subfolder (`archive/scs-0100-v0-flavor-naming.md`), expected it directly in the standards folder: it is neither checked nor published',
    ]);
    expect(await lint()).toEqual([
      'archive/scs-0100-v0-flavor-naming.md:1:1 error Unexpected standards document in a subfolder (`archive/scs-0100-v0-flavor-naming.md`), expected it directly in the standards folder: it is neither checked nor published',
    ]);
  });

  it('does not follow a link to a folder, outside or inside, and finishes on a link loop', async () => {
    await mkdir(path.join(base, 'elsewhere'));
    await writeFile(path.join(base, 'elsewhere', 'scs-0300-v1-outside.md'), text);
    await symlink('../elsewhere', path.join(root, 'shared'));
    await symlink('.', path.join(root, 'loop'));
    await mkdir(path.join(root, 'a'));
    await symlink('../a', path.join(root, 'a', 'back'));
    const set = await loadFileSet(root);
    expect(set.documents).toEqual(['scs-0100-v1-flavor-naming.md']);
    expect(set.assets).toEqual([]);
    expect(await findingsOf()).toEqual([
      'a/back: file-symlink Unexpected symbolic link to a folder at `a/back`, expected a real folder: files behind a link are neither checked nor published',
      'loop: file-symlink Unexpected symbolic link to a folder at `loop`, expected a real folder: files behind a link are neither checked nor published',
      'shared: file-symlink Unexpected symbolic link to a folder at `shared`, expected a real folder: files behind a link are neither checked nor published',
    ]);
  });

  it('takes a link to a file inside, and reports links that leave the folder or lead nowhere', async () => {
    await writeFile(path.join(base, 'secret.md'), 'outside');
    await symlink('scs-0100-v1-flavor-naming.md', path.join(root, 'scs-0100-v2-flavor-naming.md'));
    await symlink('../secret.md', path.join(root, 'scs-0100-v3-flavor-naming.md'));
    await symlink('missing.md', path.join(root, 'scs-0100-v4-flavor-naming.md'));
    await symlink('../secret.md', path.join(root, 'leak.png'));
    const set = await loadFileSet(root);
    expect(set.documents).toEqual(['scs-0100-v1-flavor-naming.md', 'scs-0100-v2-flavor-naming.md']);
    expect(await lint()).toEqual([
      'leak.png:1:1 error Unexpected symbolic link to a file outside the standards folder, expected a regular file inside it',
      'scs-0100-v3-flavor-naming.md:1:1 error Unexpected symbolic link to a file outside the standards folder, expected a regular file inside it',
      'scs-0100-v4-flavor-naming.md:1:1 error Unexpected broken symbolic link, expected a regular file',
    ]);
  });

  it('reports names a URL cannot carry, for documents and attachments alike', async () => {
    await put('scs-0101-v1-{a,b}.md');
    await put('scs-0102-v1-@(x).md');
    await put('figures/line\nbreak.png', 'png');
    await put('figures/bell\u0007.png', 'png');
    expect(await lint()).toEqual([
      'figures/bell\u0007.png:1:1 error Unexpected characters in the name of `figures/bell\\u0007.png`, expected letters, digits, spaces and `_.@+,=~-`: a document cannot show or link to it, so it is not published',
      'figures/line\nbreak.png:1:1 error Unexpected characters in the name of `figures/line\\nbreak.png`, expected letters, digits, spaces and `_.@+,=~-`: a document cannot show or link to it, so it is not published',
      "scs-0101-v1-{a,b}.md:1:1 error Unexpected character `{` in file name `scs-0101-v1-{a,b}.md`, expected only letters, digits, `-`, `_`, `.` and `~`: the name is the document's URL, so the file is not published",
      "scs-0102-v1-@(x).md:1:1 error Unexpected character `@` in file name `scs-0102-v1-@(x).md`, expected only letters, digits, `-`, `_`, `.` and `~`: the name is the document's URL, so the file is not published",
    ]);
    // The portal and the exporters see the same: no document for either name.
    const corpus = await loadCorpus(root);
    expect(corpus.registry.documents.map((document) => document.id)).toEqual(['scs-0100-v1-flavor-naming']);
  });

  it('gives the portal a misnamed document, named as its file is', async () => {
    await put('scs-0121-v1-Availability-Zones-Standard.md');
    const corpus = await loadCorpus(root);
    expect(corpus.registry.documents.map((document) => document.id)).toEqual(['scs-0100-v1-flavor-naming', 'scs-0121-v1-Availability-Zones-Standard']);
    expect(corpus.files.find((file) => file.path === 'scs-0121-v1-Availability-Zones-Standard.md')?.findings.map((f) => f.message)).toEqual([
      'Unexpected uppercase letter in file name `scs-0121-v1-Availability-Zones-Standard.md`, expected `scs-0121-v1-availability-zones-standard.md`',
    ]);
  });
});
