// The diff pages as data, from the portal fixture corpus.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../parse/load-corpus.js';
import { allStandards, buildRegistry, type Registry } from '../model/registry.js';
import { parseDocumentFile } from '../parse/document.js';
import { documentText, standardFields } from '../lint/testing.js';
import { buildDiffRoutes } from './diff-routes.js';
import { toPreviousDiffLink, toStatusDiffProp, type ComparePageProp, type DiffPageProp } from './diff-props.js';

const FIXTURE = path.resolve(__dirname, '../../../tests/fixtures/portal-corpus');
const DATE = '2025-01-15';
let registry: Registry;

beforeAll(async () => {
  registry = (await loadCorpus(FIXTURE)).registry;
});

const version = (n: number, body: string) => parseDocumentFile(`scs-0190-v${n}-example.md`, documentText(standardFields({ title: `Example v${n}` }), body)).document!;

describe('buildDiffRoutes', () => {
  it('adds a page per pair of consecutive versions, and a compare page for three or more versions', () => {
    const routes = buildDiffRoutes(registry, DATE);
    expect(routes.map((route) => `${route.path} ${route.component.split('/').pop()}`)).toMatchInlineSnapshot(`
      [
        "/standards/iaas/scs-0100/diff/v1-v2 DiffRoute",
        "/standards/iaas/scs-0100/diff/v2-v3 DiffRoute",
        "/standards/iaas/scs-0100/diff CompareRoute",
      ]
    `);
  });

  it('gives a diff page both documents, the comparison and the way back to the status page', () => {
    const standardRegistry = buildRegistry([version(1, '## Rules\n\nA name SHOULD be short.\n'), version(2, '## Rules\n\nA name MUST be short.\n')]);
    const [route] = buildDiffRoutes(standardRegistry, DATE);
    const { page } = route!.props as { page: DiffPageProp };
    expect(route!.path).toBe('/standards/iaas/scs-0190/diff/v1-v2');
    expect([page.standardId, page.statusPage, page.from.label, page.to.label, page.comparePage, page.title]).toEqual([
      'scs-0190',
      '/standards/iaas/scs-0190',
      'scs-0190-v1',
      'scs-0190-v2',
      null,
      'Example v2',
    ]);
    expect(page.comparison.summary.requirements.changed.map((change) => [change.old.text, change.new.text])).toEqual([['A name SHOULD be short.', 'A name MUST be short.']]);
  });

  it('gives the compare page every version and the status page the links and the form', () => {
    const documents = [1, 2, 3].map((n) => version(n, `## Rules\n\nRule ${n}.\n`));
    const standardRegistry = buildRegistry(documents);
    const compare = buildDiffRoutes(standardRegistry, DATE).find((route) => route.path === '/standards/iaas/scs-0190/diff')!;
    const { page } = compare.props as { page: ComparePageProp };
    expect(page.documents.map((document) => [document.label, document.sections.map((section) => section.text)])).toEqual([
      ['scs-0190-v1', ['Rule 1.']],
      ['scs-0190-v2', ['Rule 2.']],
      ['scs-0190-v3', ['Rule 3.']],
    ]);
    expect(toStatusDiffProp(allStandards(standardRegistry)[0]!)).toEqual({
      pairs: [
        { from: 'scs-0190-v1', to: 'scs-0190-v2', url: '/standards/iaas/scs-0190/diff/v1-v2' },
        { from: 'scs-0190-v2', to: 'scs-0190-v3', url: '/standards/iaas/scs-0190/diff/v2-v3' },
      ],
      comparePage: '/standards/iaas/scs-0190/diff',
      versions: [1, 2, 3].map((n) => ({ label: `scs-0190-v${n}`, title: `Example v${n}` })),
    });
    // The document pages ask with a copy parsed from the file's text, not the registry's object.
    expect(documents.map((document) => toPreviousDiffLink(standardRegistry, { ...document })?.url ?? null)).toEqual([
      null,
      '/standards/iaas/scs-0190/diff/v1-v2',
      '/standards/iaas/scs-0190/diff/v2-v3',
    ]);
  });

  it('makes no page for two files of the same version (their pages would share an address)', () => {
    const twice = [version(1, 'A.\n'), { ...version(1, 'B.\n'), fileName: 'scs-0190-v1-other.md', id: 'scs-0190-v1-other' }];
    expect(buildDiffRoutes(buildRegistry(twice), DATE)).toEqual([]);
  });
});
