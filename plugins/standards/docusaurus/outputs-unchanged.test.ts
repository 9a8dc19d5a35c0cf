// Everything the plugins derive from a corpus before and after the bundler,
// hashed: the overview, track, status, diff and compare pages' props, every
// document page's props (as the front-matter adapter gives them, less the
// git history), the sidebar as each document page shows it, and the files
// written after the build. The work on build time (#13: lookups by index
// instead of scans) must not change any of it: the hashes were taken from
// the code before that work and must stay as they are unless an output is
// meant to change (then update them with `npx vitest run -u` and say why).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildSyntheticCorpus } from '../bench/synthetic-corpus.js';
import { buildRegistry, type Registry } from '../model/registry.js';
import type { Scope } from '../model/scope.js';
import { parseDocumentFile } from '../parse/document.js';
import { toPreviousDiffLink } from './diff-props.js';
import { buildDiffRoutes } from './diff-routes.js';
import { toDocumentPageProp } from './document-props.js';
import { pageSidebar, type SidebarPropItem } from './page-sidebar.js';
import { buildSiteOutputs } from './post-build.js';
import { buildAllRoutes } from './routes.js';
import { toScopeUsageProp } from './scope-props.js';
import { buildStandardsSidebar, type SidebarItem } from './sidebar.js';

const DATE = '2026-06-01';

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

function outputHashes(registry: Registry, scopes: readonly Scope[]) {
  const published = registry.documents.filter((document) => document.kind !== 'template');
  const toProp = (item: SidebarItem): SidebarPropItem =>
    item.type === 'doc' ? { type: 'link', href: `/standards/${item.id}`, label: item.label, docId: item.id, className: item.className } : item.type === 'category' ? { ...item, items: item.items.map(toProp) } : { ...item };
  const sidebar = buildStandardsSidebar(registry, new Set(published.map((document) => document.id)), DATE).map(toProp);
  return {
    pages: hash(buildAllRoutes(registry, DATE, scopes)),
    diffPages: hash(buildDiffRoutes(registry, DATE)),
    documentPages: hash(published.map((document) => [toDocumentPageProp(registry, document, DATE), toScopeUsageProp(registry, scopes, [document], DATE), toPreviousDiffLink(registry, document)])),
    sidebars: hash(published.map((document) => pageSidebar(sidebar, `/standards/${document.id}`))),
    siteOutputs: hash(buildSiteOutputs(registry, DATE, 'https://standards.example.org', undefined, {}, scopes)),
  };
}

// A generated corpus, not Standards/: a contributor's edit to a standard or a scope must not fail this test.
describe('what the plugins derive from a corpus', () => {
  it('is unchanged on a synthetic corpus of 400 documents', async () => {
    const registry = buildRegistry(buildSyntheticCorpus(400).flatMap((file) => parseDocumentFile(file.fileName, file.text).document ?? []));
    expect(outputHashes(registry, [])).toMatchInlineSnapshot(`
      {
        "diffPages": "fa38cd4bac40fb22",
        "documentPages": "79fd4f7d96409d1f",
        "pages": "aefde4e073839def",
        "sidebars": "e645045bdffa9ec1",
        "siteOutputs": "d778211b36014b92",
      }
    `);
  }, 300_000);
});
