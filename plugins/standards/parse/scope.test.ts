import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyScopeText, parseScopeFile } from './scope.js';
import { loadScopes } from './load-scopes.js';
import { YAML_FILE_LIMITS } from './input-limits.js';

const FIXTURES = path.resolve(__dirname, '../../../tests/fixtures/scopes');

/** The model without positions, so a table can state it whole. */
function withoutSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpans);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !/span/i.test(key)).map(([key, entry]) => [key, withoutSpans(entry)]));
}

const lines = (findings: ReturnType<typeof parseScopeFile>['findings']) =>
  findings.map((finding) => `${finding.span?.start.line}:${finding.span?.start.column} ${finding.ruleId} ${finding.message}`);

describe('parseScopeFile', () => {
  it('reads a file that uses every key of the format', async () => {
    const text = await readFile(path.join(FIXTURES, 'every-key/example-scope.yaml'), 'utf8');
    const parsed = parseScopeFile('scopes/example-scope.yaml', text);
    expect(parsed.findings).toEqual([]);
    expect(withoutSpans(parsed.scope)).toEqual({
      path: 'scopes/example-scope.yaml',
      slug: 'example-scope',
      uuid: '0b7d2a5e-5c1f-4f44-9d7a-2f9a8e1c0a01',
      name: 'Example scope',
      url: 'https://example.org/scopes/example-scope.yaml',
      variables: [
        { name: 'os_cloud', default: null },
        { name: 'subject_root', default: '/etc/example' },
      ],
      prerequisite: { scope: 'Example base scope', versions: ['v1'] },
      modules: [
        {
          id: 'scs-0100-v3',
          name: 'Flavor naming v3',
          url: 'https://docs.scs.community/standards/scs-0100-v3-flavor-naming',
          parameters: { flavor_spec: 'address of the flavor list to check against' },
          targets: { main: ['flavor-names-check'], recommended: ['flavor-names-recommended'], preview: [] },
        },
        { id: 'manual-review', name: 'Manual review', url: null, parameters: {}, targets: {} },
      ],
      scripts: [
        {
          executable: './iaas/flavor-check.py',
          env: { LANG: 'C', RETRIES: '3' },
          args: '-c {os_cloud} --spec {flavor_spec}',
          testcases: [
            {
              id: 'flavor-names-check',
              description: 'Every public flavor name follows the naming scheme.',
              url: 'https://docs.scs.community/standards/scs-0100-w1-flavor-naming-implementation-testing',
              section: 'light',
              lifetime: 'day',
              manual: false,
              executable: './iaas/flavor-check.py',
            },
            { id: 'flavor-names-recommended', description: null, url: null, section: 'heavy', lifetime: 'week', manual: false, executable: './iaas/flavor-check.py' },
          ],
        },
        {
          executable: null,
          env: {},
          args: null,
          testcases: [
            { id: 'operator-interview', description: "A person confirms the operator's answers.", url: null, section: null, lifetime: 'year', manual: true, executable: null },
          ],
        },
      ],
      versions: [
        { version: 'next', stabilizedAt: null, include: [{ ref: 'scs-0100-v3', parameters: {} }], targets: { main: ['operator-interview'] } },
        {
          version: 'v1',
          stabilizedAt: '2025-03-05',
          include: [
            { ref: 'scs-0100-v3', parameters: { flavor_spec: 'https://example.org/flavors-v3.yaml' } },
            { ref: 'manual-review', parameters: {} },
          ],
          targets: {},
        },
      ],
      timeline: [
        { date: '2026-12-01', versions: { v1: 'effective', next: 'draft' } },
        { date: '2025-03-05', versions: { v1: 'effective' } },
      ],
    });
  });

  it('keeps dates as the calendar days written and positions of what it read', () => {
    const parsed = parseScopeFile('s.yaml', 'uuid: u\nname: n\nmodules: []\nscripts: []\nversions:\n  - version: v1\n    stabilized_at: 2024-02-29\n    include: []\ntimeline: []\n');
    expect(parsed.findings).toEqual([]);
    expect(parsed.scope?.versions[0]?.stabilizedAt).toBe('2024-02-29');
    expect(parsed.scope?.versions[0]?.span.start).toEqual({ line: 6, column: 5 });
  });

  it.each([
    ['', ['1:1 scope-syntax Empty scope file, expected a mapping with `uuid`, `name`, `versions`, `modules` and `timeline`']],
    ['- a\n- b\n', ['1:1 scope-syntax Unexpected list as a scope file, expected a mapping with `uuid`, `name`, `versions`, `modules` and `timeline`']],
    ['uuid: [\n', ['2:1 scope-syntax Invalid YAML in scope file: Flow sequence in block collection must be sufficiently indented and end with a ]']],
    ['uuid: a\nuuid: b\n', ['2:1 scope-syntax Unexpected duplicate key, expected each key once in a scope file']],
    [
      'name: old\nversions:\n  - version: v1\n    standards:\n      - name: x\n        check_tools: []\n',
      ['4:5 scope-syntax Unexpected scope file in the older format (versions that list `standards` with `check_tools`), expected the current format with top-level `modules`, `versions`, `timeline` and `scripts`'],
    ],
    [
      'uuid: u\nname: n\nmodules: []\nscripts: []\nversions: []\ntimeline:\n  - date: 2025-02-30\n    versions: {v1: active}\n',
      ['7:11 scope-schema Unexpected text `2025-02-30` for `date` of timeline entry 1, expected a day that exists in the calendar'],
    ],
    [
      'uuid: u\nname: n\nmodules: []\nscripts: []\nversions: []\ntimeline:\n  - date: 2025-02-01\n    versions: {v1: active}\n',
      ['8:20 scope-timeline Unexpected text `active` for version `v1` on 2025-02-01, expected one of `draft`, `effective`, `warn` or `deprecated`'],
    ],
    ['name: n\nversions: []\nmodules: []\ntimeline: []\ncolour: blue\n', ['5:1 scope-schema Unexpected key `colour` in the scope, expected one of `uuid`, `name`, `url`, `versions`, `modules`, `timeline`, `scripts`, `variables` or `prerequisite`', '1:1 scope-schema Missing `uuid` and `scripts` in the scope, expected them to be given']],
  ])('reports %j', (text, expected) => {
    expect(lines(parseScopeFile('s.yaml', text).findings)).toEqual(expected);
  });

  it('refuses an alias bomb without expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((key, index) => `${key}: &${key} [${Array(9).fill('*' + 'abcdefg'[index]).join(', ')}]`)].join('\n');
    const findings = parseScopeFile('s.yaml', bomb).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^Unexpected alias expansion: .*; expected plain values$/);
  });

  // Thousands of anchors and aliases made the parser quadratic (0.8 MB: 235 s); they are counted before parsing.
  it.each([
    ['anchors', (count: number) => `a:\n${Array.from({ length: count }, (_, index) => `  - &a${index} x`).join('\n')}\n`, 'anchors (`&name`)', 202, 5],
    ['aliases', (count: number) => `a: &a x\nb:\n${Array.from({ length: count }, () => '  - *a').join('\n')}\n`, 'aliases (`*name`)', 203, 5],
    ['flow nesting', (count: number) => `a: ${'['.repeat(count)}${']'.repeat(count)}\n`, 'flow collections (`[`, `{`) inside one another', 1, 104],
  ] as const)('refuses more %s than YAML_FILE_LIMITS before parsing, at the first one over', (_, make, what, line, column) => {
    const limit = what.startsWith('anchors') ? YAML_FILE_LIMITS.anchors : what.startsWith('aliases') ? YAML_FILE_LIMITS.aliases : YAML_FILE_LIMITS.flowDepth;
    expect(lines(parseScopeFile('s.yaml', make(limit)).findings).filter((line) => line.includes('expected fewer'))).toEqual([]);
    expect(lines(parseScopeFile('s.yaml', make(limit + 1)).findings)).toEqual([
      `${line}:${column} scope-syntax Unexpected more than ${limit} ${what} in the scope file, expected fewer; the scope file was not read`,
    ]);
  });

  it('refuses a 0.8 MB file of 32,000 anchors and aliases (which took minutes to parse)', () => {
    const count = 32_000;
    const text = ['anchors:', ...Array.from({ length: count }, (_, index) => `  - &a${index} x`), 'uses:', ...Array.from({ length: count }, (_, index) => `  - *a${index}`)].join('\n');
    const findings = parseScopeFile('s.yaml', text).findings;
    expect(findings.map((finding) => finding.message)).toEqual(['Unexpected more than 200 anchors (`&name`) in the scope file, expected fewer; the scope file was not read']);
  });
});

describe('classifyScopeText and loadScopes', () => {
  it('tells scopes, older scopes and other YAML files apart', () => {
    expect(classifyScopeText('uuid: u\nversions: []\nmodules: []\n')).toBe('scope');
    expect(classifyScopeText('iaas:\n  - standards:\n      - check_tools: []\n')).toBe('older-scope');
    expect(classifyScopeText('flavors:\n  - name: x\n')).toBe('other');
  });

  it('reads only scopes from a mixed folder, and reports the older format there too', async () => {
    const files = await loadScopes(path.join(FIXTURES, 'mixed'), { relativeTo: FIXTURES, mixed: true });
    expect(files.map((file) => [file.path, file.scope?.name ?? null, file.findings.map((finding) => finding.ruleId)])).toEqual([
      ['mixed/example-scope.yaml', 'Example scope', []],
      ['mixed/older-format.yaml', null, ['scope-syntax']],
    ]);
  });

  it('has no scopes when the folder does not exist', async () => {
    expect(await loadScopes(path.join(FIXTURES, 'no-such-folder'), { relativeTo: FIXTURES })).toEqual([]);
  });
});
