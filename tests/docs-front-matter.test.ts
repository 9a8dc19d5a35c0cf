// The handbook's own pages: Docusaurus only warns about front matter it cannot
// read, once per build, and then uses none of it (title, description), so an
// unquoted `: ` in a description went unnoticed for a session. Every page's
// front matter must be valid YAML mapping to plain data.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const DOCS_DIR = path.resolve(import.meta.dirname, '../docs');

async function markdownPages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => path.relative(DOCS_DIR, path.join(entry.parentPath, entry.name)))
    .sort();
}

function frontMatterErrors(text: string): string[] {
  const block = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!block) return [];
  const document = parseDocument(block[1]!, { uniqueKeys: true });
  const errors = document.errors.map((error) => `line ${error.linePos?.[0].line ?? '?'}: ${error.message.split('\n')[0]}`);
  if (errors.length === 0 && (document.contents === null || !('items' in document.contents))) errors.push('front matter is not a mapping of fields');
  return errors;
}

describe('the handbook pages in docs/', () => {
  it('all have front matter that is valid YAML', async () => {
    const pages = await markdownPages(DOCS_DIR);
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const page of pages) {
      for (const error of frontMatterErrors(await readFile(path.join(DOCS_DIR, page), 'utf8'))) problems.push(`${page} ${error}`);
    }
    expect(problems).toEqual([]);
  });

  it('reports a description with an unquoted ": " (the mistake this test is for)', () => {
    expect(frontMatterErrors('---\ntitle: x\ndescription: Pictures are drawings: nothing more.\n---\n')).toHaveLength(1);
    expect(frontMatterErrors('---\ntitle: x\ndescription: "Pictures are drawings: nothing more."\n---\n')).toEqual([]);
  });
});
