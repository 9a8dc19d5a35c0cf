import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Registry } from '../model/registry.js';
import { loadCorpus } from '../parse/load-corpus.js';
import { loadRedirectsFile } from '../parse/load-redirects.js';
import { parseRedirects } from '../parse/redirects-file.js';
import { buildRedirects } from './redirects.js';

const FIXTURE = path.resolve(__dirname, '../../../tests/fixtures/portal-corpus');
let registry: Registry;
beforeAll(async () => {
  registry = (await loadCorpus(FIXTURE)).registry;
});

describe('redirects for renamed documents', () => {
  it('leads a former id to the document it became, and skips entries that would shadow a page or lead nowhere', () => {
    const renamed = {
      'scs-xxxx-v1-flavor-naming': 'scs-0100-v2-flavor-naming',
      'scs-0100-v1-flavor-naming': 'scs-0100-v2-flavor-naming',
      'scs-xxxx-v1-gone': 'scs-0999-v1-gone',
    };
    const extra = buildRedirects(registry, '2025-01-15', renamed).filter((redirect) => !buildRedirects(registry, '2025-01-15').some((plain) => plain.from === redirect.from));
    expect(extra).toEqual([
      { from: '/standards/scs-xxxx-v1-flavor-naming', to: '/standards/scs-0100-v2-flavor-naming', title: 'scs-0100-v2-flavor-naming (formerly scs-xxxx-v1-flavor-naming)' },
    ]);
  });

  it('reads the file, and says what is wrong with a broken one', async () => {
    expect(parseRedirects('{"scs-xxxx-v1-a": "scs-0116-v1-a"}')).toEqual({ ok: true, redirects: { 'scs-xxxx-v1-a': 'scs-0116-v1-a' } });
    expect(parseRedirects('["scs-xxxx-v1-a"]')).toEqual({
      ok: false,
      message: 'Unexpected value, expected an object of old document ids to new ones, e.g. {"scs-xxxx-v1-a": "scs-0116-v1-a"}',
    });
    expect(parseRedirects('{"../etc": "scs-0116-v1-a"}')).toEqual({
      ok: false,
      message: 'Unexpected entry `../etc`, expected a document id mapped to a document id, e.g. "scs-xxxx-v1-a": "scs-0116-v1-a"',
    });
    const folder = await mkdtemp(path.join(tmpdir(), 'scs-redirects-'));
    try {
      expect(await loadRedirectsFile(folder)).toEqual({});
      await writeFile(path.join(folder, 'redirects.json'), '{"scs-xxxx-v1-a": "scs-0116-v1-a"}\n');
      expect(await loadRedirectsFile(folder)).toEqual({ 'scs-xxxx-v1-a': 'scs-0116-v1-a' });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
