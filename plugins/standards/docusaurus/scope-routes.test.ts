// The scope and compliance pages as data, built from small fixtures: routes,
// the scope page's matrix and timeline, the compliance table and a subject.
import { describe, expect, it } from 'vitest';
import { evaluateSubjects } from '../compliance/evaluate.js';
import { buildRegistry } from '../model/registry.js';
import { parseComplianceFile } from '../parse/compliance.js';
import { parseDocumentFile } from '../parse/document.js';
import { parseScopeFile } from '../parse/scope.js';
import { documentText, standardFields } from '../lint/testing.js';
import { buildScopeOutputs } from '../export/scope-outputs.js';
import { toCompliancePageProp, toSubjectPageProp } from './compliance-props.js';
import { buildScopeRoutes } from './scope-routes.js';
import { toScopePageProp, toScopeUsageProp, toTrackScopesProp } from './scope-props.js';
import { buildAllRoutes } from './routes.js';
import { trackByName } from '../model/vocabulary.js';

const DATE = '2026-11-27';
const SITE = 'https://docs.scs.community';
const registry = buildRegistry(
  [
    ['scs-0100-v3-flavor-naming.md', standardFields({ stabilized_at: '2024-01-15' })],
    ['scs-0100-w1-flavor-testing.md', standardFields({ type: 'Supplement', status: null, stabilized_at: null, supplements: '[scs-0100-v3-flavor-naming.md]' })],
  ].map(([name, fields]) => parseDocumentFile(name as string, documentText(fields as string[])).document!),
);
const scope = parseScopeFile(
  'scopes/example.yaml',
  `uuid: u-1
name: Example scope
modules:
  - id: flavors
    name: Flavor naming
    url: ${SITE}/standards/scs-0100-v3-flavor-naming
    parameters: { prefix: the name prefix }
    targets: { main: [names], preview: [future] }
  - id: interop
    name: Interoperability guideline
    url: https://opendev.org/guideline.json
    targets: { main: [interview] }
scripts:
  - executable: ./names.py
    testcases:
      - { id: names, lifetime: day, url: "${SITE}/standards/scs-0100-w1-flavor-testing#checks" }
      - { id: future, url: "${SITE}/standards/scs-0999-v1-missing" }
  - testcases:
      - { id: interview, description: A person asks., lifetime: year }
versions:
  - version: v2
    stabilized_at: 2026-12-01
    include: [{ ref: flavors, parameters: { prefix: SCS- } }, interop]
  - version: v1
    stabilized_at: 2025-01-01
    include: [flavors]
timeline:
  - { date: 2025-01-01, versions: { v1: effective, v2: draft } }
  - { date: 2026-12-01, versions: { v2: effective, v1: warn } }
`,
).scope!;
const subjectFile = parseComplianceFile('cloud-a.yaml', 'name: Cloud A\noperator: A GmbH\nresults:\n  - scope: u-1\n    testcases:\n      - { id: names, result: PASS, checked_at: 2026-11-20 }\n');
const subjects = evaluateSubjects([scope], [subjectFile], DATE);

describe('buildScopeRoutes', () => {
  it('adds a page per scope, the compliance table and a page per subject', () => {
    const routes = buildScopeRoutes({ registry, scopes: [scope], subjects, source: 'Results from the compliance files in the repository.' }, DATE, SITE);
    expect(routes.map((route) => [route.path, route.component])).toEqual([
      ['/standards/scopes/example', '@site/src/components/scopes/ScopePage'],
      ['/compliance', '@site/src/components/scopes/CompliancePage'],
      ['/compliance/cloud-a', '@site/src/components/scopes/SubjectPage'],
    ]);
  });
});

describe('toScopePageProp', () => {
  const page = toScopePageProp(registry, scope, DATE, SITE);

  it('gives the versions as columns with their state today, newest first', () => {
    expect(page.columns).toEqual([
      { version: 'v2', state: 'draft', stateLabel: 'Draft', stabilizedAt: '2026-12-01', schedule: [{ date: '2025-01-01', state: 'draft' }, { date: '2026-12-01', state: 'effective' }] },
      { version: 'v1', state: 'effective', stateLabel: 'Effective', stabilizedAt: '2025-01-01', schedule: [{ date: '2025-01-01', state: 'effective' }, { date: '2026-12-01', state: 'warn' }] },
    ]);
  });

  it('gives a row per module with its standard, the cells with bound parameters, and its test cases linked inside the portal where they exist', () => {
    expect(page.rows.map((row) => [row.module.id, row.standard?.label ?? null, row.external?.url ?? null])).toEqual([
      ['flavors', 'scs-0100-v3', null],
      ['interop', null, 'https://opendev.org/guideline.json'],
    ]);
    expect(page.rows[0]!.cells).toEqual([
      { version: 'v2', included: true, parameters: [{ name: 'prefix', value: 'SCS-', description: 'the name prefix' }] },
      { version: 'v1', included: true, parameters: [] },
    ]);
    expect(page.rows[1]!.cells.map((cell) => cell.included)).toEqual([true, false]);
    expect(page.rows[0]!.testcases.map((testcase) => [testcase.id, testcase.targets, testcase.link])).toEqual([
      ['names', ['main'], { text: 'how it is checked', url: '/standards/scs-0100-w1-flavor-testing#checks', internal: true }],
      // A page of the portal's site that this corpus lacks stays an absolute link rather than a broken one.
      ['future', ['preview'], { text: 'how it is checked', url: `${SITE}/standards/scs-0999-v1-missing`, internal: false }],
    ]);
    expect(page.rows[1]!.testcases[0]).toMatchObject({ id: 'interview', manual: true, lifetime: 'year' });
  });

  it('draws the timeline over whole years with today marked', () => {
    expect(page.timeline).toMatchObject({ from: '2025-01-01', to: '2027-01-01', today: { date: DATE, percent: 95.21 } });
    expect(page.timeline.lanes).toEqual([
      {
        label: 'v2',
        url: null,
        segments: [
          { state: 'scope-draft', stateLabel: 'Draft', from: '2025-01-01', to: '2026-12-01', startPercent: 0, widthPercent: 95.75 },
          { state: 'scope-effective', stateLabel: 'Effective', from: '2026-12-01', to: null, startPercent: 95.75, widthPercent: 4.25 },
        ],
        events: [],
        note: null,
      },
      {
        label: 'v1',
        url: null,
        segments: [
          { state: 'scope-effective', stateLabel: 'Effective', from: '2025-01-01', to: '2026-12-01', startPercent: 0, widthPercent: 95.75 },
          { state: 'scope-warn', stateLabel: 'Warn', from: '2026-12-01', to: null, startPercent: 95.75, widthPercent: 4.25 },
        ],
        events: [],
        note: null,
      },
    ]);
  });
});

describe('scope usage on standards pages', () => {
  it('lists the scope versions that include a document, with their state and the targets its module has', () => {
    expect(toScopeUsageProp(registry, [scope], [registry.byFileName.get('scs-0100-v3-flavor-naming.md')!], DATE)).toEqual([
      { scope: 'Example scope', scopeUrl: '/standards/scopes/example', version: 'v2', state: 'draft', stateLabel: 'Draft', schedule: [{ date: '2025-01-01', state: 'draft' }, { date: '2026-12-01', state: 'effective' }], document: 'scs-0100-v3-flavor-naming', targets: ['main', 'preview'] },
      { scope: 'Example scope', scopeUrl: '/standards/scopes/example', version: 'v1', state: 'effective', stateLabel: 'Effective', schedule: [{ date: '2025-01-01', state: 'effective' }, { date: '2026-12-01', state: 'warn' }], document: 'scs-0100-v3-flavor-naming', targets: ['main', 'preview'] },
    ]);
  });
});

describe('the Scopes track page', () => {
  const other = { ...scope, name: 'Another scope', slug: 'another', versions: [] };

  const v2 = { version: 'v2', schedule: [{ date: '2025-01-01', state: 'draft' }, { date: '2026-12-01', state: 'effective' }] };
  const v1 = { version: 'v1', schedule: [{ date: '2025-01-01', state: 'effective' }, { date: '2026-12-01', state: 'warn' }] };

  it('links every scope page, by name, with its versions and their states on the day; other tracks list none', () => {
    expect(toTrackScopesProp(trackByName('Scopes')!, [scope, other], DATE)).toEqual([
      { name: 'Another scope', url: '/standards/scopes/another', versions: [] },
      {
        name: 'Example scope',
        url: '/standards/scopes/example',
        versions: [
          { ...v2, state: 'draft', stateLabel: 'Draft' },
          { ...v1, state: 'effective', stateLabel: 'Effective' },
        ],
      },
    ]);
    // After the timeline's next entry, and before its first.
    expect(toTrackScopesProp(trackByName('Scopes')!, [scope], '2026-12-01')[0]!.versions.map((version) => version.stateLabel)).toEqual(['Effective', 'Warn']);
    expect(toTrackScopesProp(trackByName('Scopes')!, [scope], '2024-12-31')[0]!.versions.map((version) => version.state)).toEqual(['draft', 'draft']);
    expect(toTrackScopesProp(trackByName('IaaS')!, [scope], DATE)).toEqual([]);
  });

  it('gets them as a prop of its route', () => {
    const props = (path: string) => buildAllRoutes(registry, DATE, [scope]).find((route) => route.path === path)!.props as { scopes: unknown[] };
    expect(props('/standards/scopes').scopes).toEqual([
      { name: 'Example scope', url: '/standards/scopes/example', versions: [{ ...v2, state: 'draft', stateLabel: 'Draft' }, { ...v1, state: 'effective', stateLabel: 'Effective' }] },
    ]);
    expect(props('/standards/iaas').scopes).toEqual([]);
  });
});

describe('compliance props and outputs', () => {
  it('gives the table row of a subject: version held, versions in force, last check', () => {
    const page = toCompliancePageProp([scope], subjects, DATE, 'from files');
    expect(page.scopes).toEqual([{ slug: 'example', name: 'Example scope', url: '/standards/scopes/example' }]);
    expect(page.rows).toEqual([
      {
        slug: 'cloud-a',
        name: 'Cloud A',
        operator: 'A GmbH',
        url: '/compliance/cloud-a',
        lastChecked: '2026-11-20',
        cells: [
          {
            scope: 'example',
            // Only MISS among its main test cases: passed tentatively, as the community defines it.
            held: { version: 'v1', state: 'effective', stateLabel: 'Effective', tentative: true },
            summary: 'v1 (tentative)',
            versions: [{ version: 'v1', state: 'effective', stateLabel: 'Effective', verdict: 'MISS', outcome: 'tentative', outcomeLabel: 'Passed tentatively' }],
            badgeUrl: '/compliance/cloud-a/example.svg',
            staleCount: 1,
          },
        ],
      },
    ]);
  });

  it("gives a subject's test cases with age, expiry and the versions that need them", () => {
    const page = toSubjectPageProp(registry, subjects[0]!, DATE, 'from files', SITE);
    expect(page.scopes[0]!.badgeAbsoluteUrl).toBe(`${SITE}/compliance/cloud-a/example.svg`);
    expect(page.scopes[0]!.testcases.map(({ id, verdictLabel, checkedOn, ageDays, expiresOn, stale, requiredBy }) => ({ id, verdictLabel, checkedOn, ageDays, expiresOn, stale, requiredBy }))).toEqual([
      { id: 'names', verdictLabel: 'Expired', checkedOn: '2026-11-20', ageDays: 7, expiresOn: '2026-11-22', stale: true, requiredBy: ['v1'] },
      { id: 'future', verdictLabel: 'Missing', checkedOn: null, ageDays: null, expiresOn: null, stale: false, requiredBy: [] },
      { id: 'interview', verdictLabel: 'Missing', checkedOn: null, ageDays: null, expiresOn: null, stale: false, requiredBy: [] },
    ]);
  });

  it('writes both JSON files and a badge per subject and scope, its words escaped', () => {
    const hostile = evaluateSubjects([scope], [parseComplianceFile('x.yaml', 'name: "<script>alert(1)</script> & Co"\nresults:\n  - scope: u-1\n    testcases: []\n')], DATE);
    const files = buildScopeOutputs({ registry, scopes: [scope], subjects: hostile, date: DATE, siteUrl: SITE, origin: 'files' });
    expect(files.map((file) => file.path)).toEqual(['/api/scopes.json', '/api/compliance.json', '/compliance/x/example.svg']);
    const svg = files[2]!.content;
    expect(svg).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co holds Example scope v1 tentatively');
    expect(svg).not.toContain('<script>');
    expect(JSON.parse(files[1]!.content)).toMatchObject({ schemaVersion: 1, generated: DATE, source: 'files', subjects: [{ slug: 'x', scopes: [{ slug: 'example', held: { version: 'v1', tentative: true } }] }] });
    expect(JSON.parse(files[0]!.content).scopes[0].versions.map((version: { version: string; state: string }) => `${version.version} ${version.state}`)).toEqual(['v2 draft', 'v1 effective']);
  });
});
