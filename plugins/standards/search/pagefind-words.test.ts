// Words of neighbouring table cells and description items stay separate words
// in the search index. The portal's HTML is minified with the end tags of
// cells left out (`<td>a<td>b`), and Pagefind separates words at end tags, so
// it read `Flavor namingscs-0100-v2`. Here a rendered body goes through the
// same minifier Docusaurus uses and through Pagefind, and the fragment's text
// (what excerpts are cut from) is read back.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { getHtmlMinifier } from '@docusaurus/bundler';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { pageTreeHtml } from '../bench/search-site.js';
import { renderBody } from '../render/body.js';

const MARKDOWN = [
  '| Module | Versions | Status |',
  '| --- | --- | --- |',
  '| Flavor naming | [scs-0100-v2](scs-0100-v2-flavor-naming.md) | mandatory |',
  '| Image metadata | `scs-0102-v1` | recommended |',
  '',
  '<dl><dt>Entropy</dt><dd>scs-0101-v1</dd><dt>Empty</dt><dd></dd></dl>',
  '',
  'Closing words.',
].join('\n');

const dirs: string[] = [];
afterAll(async () => {
  await pagefind.close();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The text Pagefind keeps of one page whose body is `bodyHtml`, after the portal's minifier. */
async function indexedText(bodyHtml: string): Promise<string> {
  const page = `<!doctype html><html lang="en"><head><title>T</title></head><body><main><div data-pagefind-body="">${bodyHtml}</div></main></body></html>`;
  const { code } = await (await getHtmlMinifier({ type: 'swc' })).minify(page);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scs-pagefind-words-'));
  dirs.push(dir);
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  await index.addHTMLFile({ url: '/page', content: code });
  await index.writeFiles({ outputPath: dir });
  await index.deleteIndex();
  const [fragment] = await readdir(path.join(dir, 'fragment'));
  // A fragment is gzip holding the signature `pagefind_dcd` and then JSON.
  const json = gunzipSync(await readFile(path.join(dir, 'fragment', fragment!))).subarray('pagefind_dcd'.length).toString('utf8');
  return (JSON.parse(json) as { content: string }).content;
}

describe('the words Pagefind indexes from a rendered body', () => {
  it('keeps the words of neighbouring table cells and description items apart', async () => {
    const text = await indexedText(pageTreeHtml(renderBody(MARKDOWN).nodes));
    expect(text.split(/\s+/)).toEqual(
      'Module Versions Status Flavor naming scs-0100-v2 mandatory Image metadata scs-0102-v1 recommended Entropy scs-0101-v1 Empty Closing words.'.split(' '),
    );
  }, 60_000);

  it('joins them without the spaces the renderer adds (why they are there)', async () => {
    const text = await indexedText('<table><tbody><tr><td>Flavor naming</td><td>scs-0100-v2</td></tr></tbody></table>');
    expect(text).toContain('namingscs-0100-v2');
  }, 60_000);
});
