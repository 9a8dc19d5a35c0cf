import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentText, standardFields } from '../lint/testing.js';
import { loadCorpus, type ParseCache } from '../parse/load-corpus.js';
import { buildCorpusKey, forgetCorpus, loadCorpusOnce, loadHistoryOnce, parsedFromText, perCorpus, reloadCorpus, resolveStandardsDir, unpublishedFiles, writeCorpusKey, writeFileAtomically } from './corpus.js';
import { formatCorpusReport } from './index.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'scs-corpus-'));
  await writeFile(path.join(root, 'scs-0100-v1-flavor-naming.md'), documentText(standardFields()));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('resolveStandardsDir', () => {
  it('reads unset and empty as our own Standards/', () => {
    expect(resolveStandardsDir(process.cwd(), undefined)).toBe(path.resolve('Standards'));
    expect(resolveStandardsDir(process.cwd(), '')).toBe(path.resolve('Standards'));
    expect(resolveStandardsDir(process.cwd(), '  ')).toBe(path.resolve('Standards'));
    expect(resolveStandardsDir(process.cwd(), root)).toBe(root);
  });

  it('stops at a folder that does not exist, naming it', () => {
    const missing = path.join(root, 'nope');
    expect(() => resolveStandardsDir(process.cwd(), missing)).toThrow(
      `STANDARDS_DIR: no such folder ${missing} (from \`${missing}\`); set it to a folder of scs-*.md documents, or leave it unset for ${path.resolve('Standards')}`,
    );
    expect(() => resolveStandardsDir(process.cwd(), path.join(root, 'scs-0100-v1-flavor-naming.md'))).toThrow('is not a folder');
  });
});

describe('buildCorpusKey', () => {
  const key = async (date = '2025-01-01') => buildCorpusKey(await loadCorpus(root), date);

  it('changes with the file list, the front matter and the date, not with a body', async () => {
    const first = await key();
    await writeFile(path.join(root, 'scs-0100-v1-flavor-naming.md'), documentText(standardFields(), '## Introduction\n\nOther words.\n'));
    expect(await key()).toBe(first);
    await writeFile(path.join(root, 'scs-0100-v1-flavor-naming.md'), documentText(standardFields({ title: 'Renamed' })));
    const renamed = await key();
    expect(renamed).not.toBe(first);
    expect(await key('2025-01-02')).not.toBe(renamed);
    await writeFile(path.join(root, 'scs-0100-v2-flavor-naming.md'), documentText(standardFields()));
    expect(await key()).not.toBe(renamed);
  });

  it('is written only when it changed, so the bundler recompiles nothing for nothing', async () => {
    const file = path.join(root, 'cache', 'key.json');
    await writeCorpusKey(file, 'a');
    const { mtimeMs } = await import('node:fs/promises').then((fs) => fs.stat(file));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeCorpusKey(file, 'a');
    expect((await import('node:fs/promises').then((fs) => fs.stat(file))).mtimeMs).toBe(mtimeMs);
    await writeCorpusKey(file, 'b');
    expect(await import('node:fs/promises').then((fs) => fs.readFile(file, 'utf8'))).toBe('{"corpus":"b"}\n');
  });
});

describe('formatCorpusReport', () => {
  it('names each file left out with its reason, once, apart from the problems of published documents', async () => {
    await writeFile(path.join(root, 'scs-01-v1-short.md'), documentText(standardFields()));
    await writeFile(path.join(root, 'scs-0121-v1-Availability_Zones.md'), documentText(standardFields()));
    await writeFile(path.join(root, 'scs-0122-v1-binary.md'), Buffer.from([0x2d, 0x00, 0x01]));
    const corpus = await loadCorpus(root);
    expect(unpublishedFiles(corpus).map((file) => file.path)).toEqual(['scs-01-v1-short.md', 'scs-0122-v1-binary.md']);
    expect(formatCorpusReport(corpus)).toEqual([
      `[scs-standards] Not publishing 2 file(s) of ${root}:\n` +
        `${root}/scs-01-v1-short.md:1:1  Unexpected number \`01\`, expected four digits zero-padded, e.g. \`0001\`  file-name\n` +
        `${root}/scs-0122-v1-binary.md:1:2  Unexpected binary content (a NUL byte), expected a UTF-8 Markdown text file  file-encoding`,
      `[scs-standards] 1 problem(s) in published documents (npm run lint:standards explains them):\n` +
        `${root}/scs-0121-v1-Availability_Zones.md:1:1  Unexpected uppercase letter in file name \`scs-0121-v1-Availability_Zones.md\`, expected \`scs-0121-v1-availability-zones.md\`  file-name`,
    ]);
  });
});

describe('loadCorpus with a parse cache (a reload in the dev server)', () => {
  it('parses again only the files whose text changed, and forgets files that are gone', async () => {
    const other = path.join(root, 'scs-0101-v1-other.md');
    await writeFile(other, documentText(standardFields({ title: 'Other standard' })));
    const parseCache: ParseCache = new Map();
    const first = await loadCorpus(root, { parseCache });
    const byName = (corpus: typeof first, name: string) => corpus.registry.byFileName.get(name);
    await writeFile(other, documentText(standardFields({ title: 'Other standard, edited' })));
    const second = await loadCorpus(root, { parseCache });
    // Unchanged: the very same parsed document; changed: parsed again from its new text.
    expect(byName(second, 'scs-0100-v1-flavor-naming.md')).toBe(byName(first, 'scs-0100-v1-flavor-naming.md'));
    expect(byName(second, 'scs-0101-v1-other.md')?.title).toBe('Other standard, edited');
    expect(second).toEqual(await loadCorpus(root));
    await rm(other);
    const third = await loadCorpus(root, { parseCache });
    expect([...parseCache.keys()]).toEqual(['scs-0100-v1-flavor-naming.md']);
    expect(third.registry.documents.map((document) => document.fileName)).toEqual(['scs-0100-v1-flavor-naming.md']);
  });
});

describe('reloadCorpus, parsedFromText and perCorpus (the dev server after an edit)', () => {
  afterEach(() => forgetCorpus(root));

  it('gives every later reader the edited corpus, keeps the history, and keeps derived values per load', async () => {
    const file = path.join(root, 'scs-0100-v1-flavor-naming.md');
    const first = await loadCorpusOnce(root);
    const history = loadHistoryOnce(root);
    let derived = 0;
    const titles = perCorpus((corpus) => (derived++, corpus.registry.documents.map((document) => document.title)));
    expect(titles(first)).toEqual(['Example standard']);
    expect(titles(first)).toEqual(['Example standard']);
    expect(derived).toBe(1);

    const edited = documentText(standardFields({ title: 'Edited' }));
    await writeFile(file, edited);
    expect(await loadCorpusOnce(root)).toBe(first);
    const second = await reloadCorpus(root);
    expect(await loadCorpusOnce(root)).toBe(second);
    expect(titles(second)).toEqual(['Edited']);
    expect(derived).toBe(2);
    expect(loadHistoryOnce(root)).toBe(history);

    // What the last load parsed from exactly that text, and nothing for another text.
    expect(parsedFromText(root, 'scs-0100-v1-flavor-naming.md', edited)?.document).toBe(second.files[0]!.document);
    expect(parsedFromText(root, 'scs-0100-v1-flavor-naming.md', `${edited}\n`)).toBeUndefined();
    expect(parsedFromText(root, 'scs-0999-v1-missing.md', edited)).toBeUndefined();
  });
});

describe('writeFileAtomically', () => {
  it('replaces a file whole, creating its folder, and leaves no temporary file behind', async () => {
    const file = path.join(root, 'generated', 'deep', 'page.json');
    await writeFileAtomically(file, '{"a":1}');
    await writeFileAtomically(file, '{"a":2}');
    expect(await readFile(file, 'utf8')).toBe('{"a":2}');
    expect(await readdir(path.dirname(file))).toEqual(['page.json']);
    await expect(writeFileAtomically(path.join(file, 'below-a-file.json'), '{}')).rejects.toThrow();
    expect(await readdir(path.dirname(file))).toEqual(['page.json']);
  });
});
