import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../parse/load-corpus.js';
import { lifecycleStateAt } from '../model/lifecycle.js';
import { escapeHtml } from '../render/escape-html.js';
import { searchFactAttributes } from '../search/facts.js';
import { LIFECYCLE_FILTER, lifecycleFilterValue, readLifecycleFilterValue } from '../search/state-filter.js';
import { buildSearchSitePages, HARNESS_PATH } from './search-site.js';

describe('searchFactAttributes', () => {
  it('names each fact Pagefind stores as metadata, and leaves out the ones without a value', () => {
    expect(searchFactAttributes({ standardId: 'scs-0100', kind: 'document', status: 'Stable', stabilizedAt: '2023-06-14', deprecatedAt: null })).toEqual({
      'data-pagefind-meta': 'standard[data-search-standard], kind[data-search-kind], status[data-search-status], stabilized[data-search-stabilized]',
      'data-search-standard': 'scs-0100',
      'data-search-kind': 'document',
      'data-search-status': 'Stable',
      'data-search-stabilized': '2023-06-14',
    });
    expect(searchFactAttributes({ standardId: null, kind: 'proposal', status: 'Draft', stabilizedAt: null, deprecatedAt: null })['data-pagefind-meta']).toBe(
      'kind[data-search-kind], status[data-search-status]',
    );
  });
});

describe('buildSearchSitePages', () => {
  it('gives Pagefind what the portal gives it: title and text indexed, banner and metadata ignored but for filters and metadata', async () => {
    const { registry } = await loadCorpus('tests/fixtures/export-corpus');
    const files = buildSearchSitePages(registry, '2025-06-01');
    const documents = registry.documents.filter((document) => document.kind !== 'template');
    expect(files.filter((file) => file.path.startsWith('/standards/')).map((file) => file.path).sort()).toEqual(documents.map((document) => `/standards/${document.id}.html`).sort());
    expect(files.some((file) => file.path.startsWith('/api/standards/scs-'))).toBe(true);
    expect(files.some((file) => file.path === HARNESS_PATH)).toBe(true);
    for (const file of files.filter((candidate) => candidate.path.startsWith('/standards/'))) {
      const body = /<div class="markdown" data-pagefind-body="">([\s\S]*)<\/div><\/article>/.exec(file.content)?.[1] ?? '';
      expect(body, file.path).toMatch(/<h1>/);
      // Exactly one ignored block, holding the filters, the id and the facts.
      const head = /<div class="scs-document-head" data-pagefind-ignore="">([\s\S]*?)<\/dl><\/section><\/div>/.exec(body)?.[1] ?? '';
      expect(head, file.path).toContain('data-pagefind-filter="track"');
      expect(head).toContain('data-pagefind-meta="id"');
      expect(head).toMatch(/<span hidden data-pagefind-meta="[^"]*kind\[data-search-kind\]/);
      expect(body.match(/data-pagefind-ignore/g)).toHaveLength(1);
    }
  });

  it('marks each page with the filters the portal writes: the track, and the dates as the lifecycle value, never a state of the build day', async () => {
    const { registry } = await loadCorpus('tests/fixtures/export-corpus');
    const files = buildSearchSitePages(registry, '2025-06-01');
    let dated = 0;
    for (const document of registry.documents.filter((candidate) => candidate.kind !== 'template')) {
      const page = files.find((file) => file.path === `/standards/${document.id}.html`)!.content;
      const filters = [...page.matchAll(/data-pagefind-filter="([^"]*)"/g)].map((match) => match[1]);
      const expected = [
        ...(document.track === null ? [] : ['track']),
        ...(lifecycleStateAt(document, '2025-06-01') === null ? [] : [`${LIFECYCLE_FILTER}:${escapeHtml(lifecycleFilterValue(document))}`]),
      ];
      expect(filters, document.id).toEqual(expected);
      if (expected.length === 2) {
        dated += 1;
        expect(readLifecycleFilterValue(lifecycleFilterValue(document))).toEqual({ status: document.status, stabilizedAt: document.stabilizedAt, deprecatedAt: document.deprecatedAt });
      }
    }
    expect(dated).toBeGreaterThan(2);
    expect(files.some((file) => file.content.includes('data-pagefind-filter="state"'))).toBe(false);
  });

  it('escapes what a document writes: its title and text stay text', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'scs-search-site-'));
    try {
      await writeFile(
        path.join(dir, 'scs-0100-v1-escapes.md'),
        '---\ntitle: "Quotes \\" and <b>tags</b> & more"\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nText with `<script>alert(1)</script>` in code & an ampersand.\n',
      );
      const { registry } = await loadCorpus(dir);
      const page = buildSearchSitePages(registry, '2025-06-01').find((file) => file.path === '/standards/scs-0100-v1-escapes.html')!;
      expect(page.content).toContain('<h1>Quotes &quot; and &lt;b&gt;tags&lt;/b&gt; &amp; more</h1>');
      expect(page.content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page.content).not.toContain('<script>alert');
      expect(page.content).toContain('<h2 id="introduction">Introduction</h2>');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
