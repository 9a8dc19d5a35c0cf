import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetCorpus } from './corpus.js';
import { createParseFrontMatter } from './front-matter-adapter.js';
import type { DocumentPageProp } from './document-props.js';
import { gitOnDay } from '../history/testing.js';

const FIXTURE = path.resolve(__dirname, '../../../tests/fixtures/portal-corpus');
const DATE = '2025-01-15';
const noDefault = async () => {
  throw new Error('the default parser must never be used');
};

function adapter() {
  const warnings: string[] = [];
  const parse = createParseFrontMatter({ standardsDir: FIXTURE, date: DATE, warn: (line) => warnings.push(line) });
  const run = (filePath: string, fileContent: string) => parse({ filePath, fileContent, defaultParseFrontMatter: noDefault });
  return { run, warnings };
}

declare global {
  // eslint-disable-next-line no-var
  var __frontMatterRan: number | undefined;
}

afterEach(() => {
  delete globalThis.__frontMatterRan;
});

function git(cwd: string, args: string[], day = '2025-01-01'): void {
  gitOnDay(cwd, args, day);
}

describe('the history of a document page', () => {
  const DOC = '---\ntitle: Volume Names\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nText.\n';

  it('comes from the corpus repository, follows a rename and links commits to its https remote', async () => {
    const repo = await mkdtemp(path.join(os.tmpdir(), 'scs-adapter-history-'));
    try {
      git(repo, ['init', '-q', '-b', 'main']);
      git(repo, ['remote', 'add', 'origin', 'https://token:secret@github.com/example/standards.git']);
      await writeFile(path.join(repo, 'scs-xxxx-v1-volume-names.md'), DOC);
      git(repo, ['add', '-A'], '2024-01-10');
      git(repo, ['commit', '-q', '-m', 'Propose <volume> names'], '2024-01-10');
      git(repo, ['mv', 'scs-xxxx-v1-volume-names.md', 'scs-0111-v1-volume-names.md'], '2024-02-01');
      git(repo, ['commit', '-q', '-m', 'Assign scs-0111'], '2024-02-01');
      const hashes = execFileSync('git', ['log', '--format=%H'], { cwd: repo }).toString().trim().split('\n');
      const parse = createParseFrontMatter({ standardsDir: repo, date: DATE, warn: () => {} });
      const filePath = path.join(repo, 'scs-0111-v1-volume-names.md');
      const result = await parse({ filePath, fileContent: DOC, defaultParseFrontMatter: noDefault });
      expect(result.frontMatter.last_update).toEqual({ date: '2024-02-01' });
      expect(result.frontMatter.scs_history).toEqual({
        changes: [
          { shortHash: hashes[0]!.slice(0, 10), date: '2024-02-01', subject: 'Assign scs-0111', url: `https://github.com/example/standards/commit/${hashes[0]}` },
          { shortHash: hashes[1]!.slice(0, 10), date: '2024-01-10', subject: 'Propose <volume> names', url: `https://github.com/example/standards/commit/${hashes[1]}` },
        ],
        omitted: 0,
        complete: true,
      });
      // Configured addresses win over the remote; `none` leaves the dates and subjects without links.
      const none = createParseFrontMatter({ standardsDir: repo, date: DATE, warn: () => {}, commitUrl: { kind: 'none' } });
      const plain = await none({ filePath, fileContent: DOC, defaultParseFrontMatter: noDefault });
      expect((plain.frontMatter.scs_history as { changes: Array<{ url: string | null }> }).changes.map((change) => change.url)).toEqual([null, null]);
    } finally {
      forgetCorpus(repo);
      await rm(repo, { recursive: true, force: true });
    }
  });

  it('is absent, with no last-updated day, when the corpus is not in git', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'scs-adapter-no-git-'));
    try {
      await writeFile(path.join(folder, 'scs-0111-v1-volume-names.md'), DOC);
      const parse = createParseFrontMatter({ standardsDir: folder, date: DATE, warn: () => {} });
      const result = await parse({ filePath: path.join(folder, 'scs-0111-v1-volume-names.md'), fileContent: DOC, defaultParseFrontMatter: noDefault });
      expect(Object.keys(result.frontMatter).sort()).toEqual(['scs', 'title']);
    } finally {
      forgetCorpus(folder);
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('createParseFrontMatter', () => {
  it.each(['js', 'javascript', 'JS', 'coffee'])('refuses ---%s front matter and evaluates nothing', async (language) => {
    const { run, warnings } = adapter();
    const text = `---${language}\n{ title: (globalThis.__frontMatterRan = 1, 'owned') }\n---\n\nBody text.\n`;
    const result = await run('/site/docs/page.md', text);
    expect(globalThis.__frontMatterRan).toBeUndefined();
    expect(result).toEqual({ frontMatter: {}, content: '\nBody text.\n' });
    expect(warnings).toEqual([
      `/site/docs/page.md:1:4  Unexpected front-matter language \`${language}\`, expected YAML (a plain \`---\` line); front matter is data and is never run as code  front-matter-syntax`,
    ]);
  });

  it('refuses ---js in a standards document too, and still renders its body', async () => {
    const { run } = adapter();
    const text = "---js\n{ title: (globalThis.__frontMatterRan = 1, 'owned') }\n---\n\n## Introduction\n";
    const result = await run(path.join(FIXTURE, 'scs-0100-v9-evil.md'), text);
    expect(globalThis.__frontMatterRan).toBeUndefined();
    expect(result.content).toBe('\n## Introduction\n');
    expect(result.frontMatter.title).toBe('scs-0100-v9-evil');
  });

  it('bounds YAML alias expansion (a billion laughs) and reports it', async () => {
    const { run, warnings } = adapter();
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level += 1) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const started = Date.now();
    const result = await run('/site/docs/bomb.md', `---\n${levels.join('\n')}\n---\nBody\n`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(JSON.stringify(result.frontMatter).length).toBeLessThan(10_000);
    expect(warnings.some((line) => line.endsWith('front-matter-syntax') && line.includes('alias'))).toBe(true);
  });

  it('keeps the YAML of a handbook page as plain data, dates as text', async () => {
    const { run, warnings } = adapter();
    const result = await run('/site/docs/page.md', '---\ntitle: Reading\nsidebar_position: 2\nlast_update:\n  date: 2024-02-30\n---\n# Reading\n');
    expect(result).toEqual({ frontMatter: { title: 'Reading', sidebar_position: 2, last_update: { date: '2024-02-30' } }, content: '# Reading\n' });
    expect(warnings).toEqual([]);
  });

  it('gives a standards document only the fields the site needs, plus its page data', async () => {
    const { run } = adapter();
    const filePath = path.join(FIXTURE, 'scs-0100-v1-flavor-naming.md');
    const text = await import('node:fs/promises').then((fs) => fs.readFile(filePath, 'utf8'));
    const result = await run(filePath, text);
    // The fixture is committed, so git gives its "last updated" day and its list of changes.
    expect(Object.keys(result.frontMatter).sort()).toEqual(['description', 'last_update', 'scs', 'scs_history', 'title']);
    expect((result.frontMatter.last_update as { date: string }).date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(result.frontMatter.title).toBe('Flavor Naming');
    expect((result.frontMatter.scs as DocumentPageProp).replacedBy.map((doc) => doc.label)).toEqual(['scs-0100-v2']);
    expect(result.content.startsWith('\n## Introduction')).toBe(true);
  });

  it('drops keys a hostile standard could use to switch the page to MDX or move it', async () => {
    const { run } = adapter();
    const text = '---\ntitle: T\ntype: Standard\nstatus: Draft\ntrack: IaaS\nmdx:\n  format: mdx\nslug: /\nid: other\n---\n\nBody {1 + 1}\n';
    const result = await run(path.join(FIXTURE, 'scs-0100-v8-hostile.md'), text);
    // Only keys the registry computes: its page data, the link to what changed since the version before it (v1 of the fixture), the title.
    expect(Object.keys(result.frontMatter).sort()).toEqual(['scs', 'scs_diff', 'title']);
  });

  it('makes no page of a template, a file in a subfolder or a file whose name gives no document', async () => {
    const { run } = adapter();
    const text = '---\ntitle: T\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n';
    for (const name of ['scs-XXXX-vN-standard-template.md', 'archive/scs-0100-v1-old.md', 'scs-01-v1-short.md', 'scs-0100-v1-{a,b}.md']) {
      const result = await run(path.join(FIXTURE, name), text);
      expect(result.frontMatter.scs, name).toBeUndefined();
      expect(result.frontMatter.slug, name).toMatch(/^\/unpublished\/[0-9a-f]{16}$/);
      expect(result.content, name).toBe('');
    }
  });

  it('makes a page of a misnamed document, named as its file is', async () => {
    const { run } = adapter();
    const text = '---\ntitle: Zones\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n';
    const result = await run(path.join(FIXTURE, 'scs-0121-v1-Availability_Zones.md'), text);
    expect((result.frontMatter.scs as DocumentPageProp).id).toBe('scs-0121-v1-Availability_Zones');
  });
});

describe('a document whose neighbour changed (the dev server loads the corpus again after an edit)', () => {
  const V1 = 'scs-0100-v1-flavor-naming.md';
  const V2 = 'scs-0100-v2-flavor-naming.md';
  const W1 = 'scs-0100-w1-flavor-naming-notes.md';
  const v1 = '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-15\n---\n\n## Introduction\n\nText.\n';
  const v2 = (title: string) => `---\ntitle: ${title}\ntype: Standard\nstatus: Draft\ntrack: IaaS\nreplaces:\n  - ${V1}\n---\n\n## Introduction\n\nText.\n`;
  const w1 = `---\ntitle: Notes\ntype: Supplement\nstatus: Draft\ntrack: IaaS\nsupplements:\n  - ${V1}\n---\n\n## Introduction\n\nText.\n`;

  it('gets its new relations although its own text is unchanged', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'scs-adapter-neighbours-'));
    try {
      await writeFile(path.join(root, V1), v1);
      await writeFile(path.join(root, V2), v2('Flavor naming'));
      const parse = createParseFrontMatter({ standardsDir: root, date: DATE, warn: () => {} });
      const pageOfV1 = async () => (await parse({ filePath: path.join(root, V1), fileContent: v1, defaultParseFrontMatter: noDefault })).frontMatter.scs as DocumentPageProp;
      expect((await pageOfV1()).versions.map((link) => link.title)).toEqual(['Flavor naming', 'Flavor naming']);
      expect((await pageOfV1()).supplementedBy).toEqual([]);

      // The neighbour's title changes and a supplement arrives; the docs instance reloads (it forgets the corpus first).
      await writeFile(path.join(root, V2), v2('Flavour naming'));
      await writeFile(path.join(root, W1), w1);
      forgetCorpus(root);
      const page = await pageOfV1();
      expect(page.versions.map((link) => link.title)).toEqual(['Flavor naming', 'Flavour naming']);
      expect(page.supplementedBy.map((link) => link.label)).toEqual(['scs-0100-w1']);
    } finally {
      forgetCorpus(root);
      await rm(root, { recursive: true, force: true });
    }
  });
});
