import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../parse/load-corpus.js';
import type { Registry } from '../model/registry.js';
import { buildAllRoutes } from './routes.js';
import type { StatusPageProp, OverviewProp, TrackPageProp } from './page-props.js';

const FIXTURE = path.resolve(__dirname, '../../../tests/fixtures/portal-corpus');
const DATE = '2025-01-15';
let registry: Registry;

beforeAll(async () => {
  registry = (await loadCorpus(FIXTURE)).registry;
});

describe('buildAllRoutes', () => {
  it('adds the overview, one page per track and a status page per standard (the short permalinks are files, not routes)', () => {
    const routes = buildAllRoutes(registry, DATE);
    expect(routes.map((route) => `${route.path} ${route.component.split('/').pop()}`)).toMatchInlineSnapshot(`
      [
        "/standards OverviewRoute",
        "/standards/global TrackRoute",
        "/standards/iaas TrackRoute",
        "/standards/kaas TrackRoute",
        "/standards/iam TrackRoute",
        "/standards/ops TrackRoute",
        "/standards/scopes TrackRoute",
        "/standards/iaas/scs-0100 StatusRoute",
        "/standards/kaas/scs-0210 StatusRoute",
        "/standards/iam/scs-0300 StatusRoute",
      ]
    `);
  });

  it('gives a status page every version with its state, its supplements and a timeline', () => {
    const routes = buildAllRoutes(registry, DATE);
    const { page } = routes.find((route) => route.path === '/standards/iaas/scs-0100')!.props as { page: StatusPageProp };
    expect(
      page.versions.map((version) => [version.label, version.stateLabel, version.column, version.future, version.note, version.current, version.supplements.map((s) => s.label)]),
    ).toMatchInlineSnapshot(`
      [
        [
          "scs-0100-v1",
          "Deprecated",
          "Deprecated",
          false,
          null,
          false,
          [],
        ],
        [
          "scs-0100-v2",
          "Deprecation scheduled",
          "Effective",
          true,
          "until 2030-06-30",
          true,
          [
            "scs-0100-w1",
          ],
        ],
        [
          "scs-0100-v3",
          "Effective soon",
          "Draft",
          true,
          "from 2030-01-01",
          false,
          [
            "scs-0100-w1",
          ],
        ],
      ]
    `);
    expect(page.supplements.map((supplement) => [supplement.label, supplement.supplements.map((s) => s.label)])).toEqual([
      ['scs-0100-w1', ['scs-0100-v2', 'scs-0100-v3']],
    ]);
    expect({ ...page.timeline, lanes: page.timeline.lanes.slice(0, 1) }).toMatchInlineSnapshot(`
      {
        "from": "2022-01-01",
        "lanes": [
          {
            "events": [
              {
                "date": "2022-09-08",
                "kind": "stabilized",
                "percent": 7.61,
              },
              {
                "date": "2023-10-31",
                "kind": "deprecated",
                "percent": 20.32,
              },
            ],
            "label": "scs-0100-v1",
            "note": null,
            "segments": [
              {
                "from": "2022-09-08",
                "startPercent": 7.61,
                "state": "effective",
                "stateLabel": "Effective",
                "to": "2023-10-31",
                "widthPercent": 12.71,
              },
              {
                "from": "2023-10-31",
                "startPercent": 20.32,
                "state": "deprecated",
                "stateLabel": "Deprecated",
                "to": null,
                "widthPercent": 79.68,
              },
            ],
            "url": "/standards/scs-0100-v1-flavor-naming",
          },
        ],
        "ticks": [
          {
            "label": "2022",
            "percent": 0,
          },
          {
            "label": "2023",
            "percent": 11.1,
          },
          {
            "label": "2024",
            "percent": 22.21,
          },
          {
            "label": "2025",
            "percent": 33.34,
          },
          {
            "label": "2026",
            "percent": 44.45,
          },
          {
            "label": "2027",
            "percent": 55.55,
          },
          {
            "label": "2028",
            "percent": 66.66,
          },
          {
            "label": "2029",
            "percent": 77.79,
          },
          {
            "label": "2030",
            "percent": 88.9,
          },
          {
            "label": "2031",
            "percent": 100,
          },
        ],
        "to": "2031-01-01",
        "today": {
          "date": "2025-01-15",
          "percent": 33.77,
        },
      }
    `);
  });

  it('lists each standard once in the overview, proposals last, with the legend from the vocabulary', () => {
    const { overview } = buildAllRoutes(registry, DATE)[0]!.props as { overview: OverviewProp };
    expect(overview.rows.map((row) => [row.id, row.url, row.versions.map((version) => `${version.label}:${version.column}`).join(' ')])).toEqual([
      ['scs-0100', '/standards/iaas/scs-0100', 'scs-0100-v1:Deprecated scs-0100-v2:Effective scs-0100-v3:Draft'],
      ['scs-0210', '/standards/kaas/scs-0210', 'scs-0210-v1:Draft'],
      ['scs-0300', '/standards/iam/scs-0300', 'scs-0300-v1:Deprecated'],
      ['scs-xxxx-v1-dns-zones', '/standards/scs-xxxx-v1-dns-zones', 'scs-xxxx-v1:Draft'],
    ]);
    expect(overview.legend.filter((entry) => entry.future).map((entry) => entry.name)).toEqual(['effective-soon', 'deprecation-scheduled']);
    expect(overview.types).toEqual(['Procedural', 'Standard', 'Decision Record']);
  });

  it('gives a track page its summary, standards and proposals', () => {
    const routes = buildAllRoutes(registry, DATE);
    const { page } = routes.find((route) => route.path === '/standards/ops')!.props as { page: TrackPageProp };
    expect(page.track).toEqual({ name: 'Ops', slug: 'ops', url: '/standards/ops', summary: 'Operations: status pages, monitoring and operational tooling.' });
    expect(page.standards).toEqual([]);
    expect(page.proposals.map((proposal) => proposal.url)).toEqual(['/standards/scs-xxxx-v1-dns-zones']);
  });
});
