import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyEmittedAttachments, pageDataFile, pageDataOfHtml, writePageDataFiles } from './page-data.js';
import { serializePageData } from '../../../src/components/standards/routes/page-data.js';

const data = { kind: 'status' as const, path: '/standards/iaas/scs-0100', context: { plugin: { name: 'scs-standards', id: 'default' } }, props: { page: { title: 'A </script><script>alert(1)</script> & \u2028 title' } } };
const html = (attributes: string) => `<!doctype html><html><head><script type=application/ld+json>{"a":1}</script></head><body><div id=__docusaurus><script ${attributes}>${serializePageData(data)}</script><main>…</main></div><script src=/assets/js/main.js defer></script></body></html>`;

describe('serializePageData', () => {
  it('writes no `<`, `>` or `&` a page could read as markup, and reads back unchanged', () => {
    const text = serializePageData(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('pageDataOfHtml', () => {
  it('finds the element however the minifier wrote its attributes', () => {
    for (const attributes of ['type=application/json id=scs-page-data data-path=/standards/iaas/scs-0100', 'type="application/json" id="scs-page-data" data-path="/x"', "id='scs-page-data'"]) {
      expect(pageDataOfHtml(html(attributes))).toEqual({ path: '/standards/iaas/scs-0100', json: JSON.stringify(data) });
    }
  });

  it('is null for a page without it, or with another id that starts alike', () => {
    expect(pageDataOfHtml('<html><script>var a = 1</script></html>')).toBeNull();
    expect(pageDataOfHtml(html('id=scs-page-data-other'))).toBeNull();
  });
});

describe('pageDataFile', () => {
  it('is the page address below page-data/, under the base URL', () => {
    expect(pageDataFile('/standards/iaas/scs-0100', '/')).toBe('page-data/standards/iaas/scs-0100.json');
    expect(pageDataFile('/standards', '/')).toBe('page-data/standards.json');
    expect(pageDataFile('/registry/standards/iaas/', '/registry/')).toBe('page-data/standards/iaas.json');
  });
});

describe('writePageDataFiles', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes the data of every built page below the folders given, and skips pages without data', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'page-data-'));
    await mkdir(path.join(dir, 'standards', 'iaas'), { recursive: true });
    await writeFile(path.join(dir, 'standards', 'iaas', 'scs-0100.html'), html('type=application/json id=scs-page-data'));
    await writeFile(path.join(dir, 'standards.html'), html('id=scs-page-data').replace('/standards/iaas/scs-0100', '/standards'));
    await writeFile(path.join(dir, 'standards', 'feed.xml'), '<feed/>');
    await writeFile(path.join(dir, 'standards', 'plain.html'), '<html></html>');
    expect(await writePageDataFiles(dir, '/', ['standards'])).toBe(2);
    expect(JSON.parse(await readFile(path.join(dir, 'page-data', 'standards', 'iaas', 'scs-0100.json'), 'utf8'))).toEqual(data);
    expect(JSON.parse(await readFile(path.join(dir, 'page-data', 'standards.json'), 'utf8')).path).toBe('/standards');
  });
});

describe('copyEmittedAttachments', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('copies the pictures and files the server bundle emitted into the site, and nothing else', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'attachments-'));
    const server = path.join(dir, '__server');
    await mkdir(path.join(server, 'assets', 'images'), { recursive: true });
    await mkdir(path.join(server, 'assets', 'files'), { recursive: true });
    await writeFile(path.join(server, 'assets', 'images', 'a-1.png'), 'png');
    await writeFile(path.join(server, 'assets', 'files', 'b-2.csv'), 'csv');
    await writeFile(path.join(server, 'server.bundle.js'), 'code');
    let run: ((compilation: { getAssets(): Array<{ name: string }> }) => Promise<void>) | undefined;
    copyEmittedAttachments(dir).apply({ outputPath: server, hooks: { afterEmit: { tapPromise: (_name, tap) => (run = tap) } } });
    await run!({ getAssets: () => [{ name: 'assets/images/a-1.png' }, { name: 'assets/files/b-2.csv' }, { name: 'server.bundle.js' }] });
    expect(await readFile(path.join(dir, 'assets', 'images', 'a-1.png'), 'utf8')).toBe('png');
    expect(await readFile(path.join(dir, 'assets', 'files', 'b-2.csv'), 'utf8')).toBe('csv');
    await expect(readFile(path.join(dir, 'server.bundle.js'))).rejects.toThrow();
  });
});
