import { describe, expect, it } from 'vitest';
import type { PageWeight } from './page-weight.js';
import type { PortalResult } from './portal-bench.js';
import { formatPortalTable } from './report.js';

const weight = (kb: number): PageWeight => ({
  urlPath: '/standards/x',
  scripts: [{ path: '/assets/js/main.js', bytes: kb * 1024, gzipBytes: kb * 256 }],
  jsBytes: kb * 1024,
  jsGzipBytes: kb * 256,
  mermaidFetched: false,
  pagefindBytes: 0,
  failedPaths: [],
  htmlBytes: kb * 100,
});

function result(documents: number, pageKb: number, cpuSeconds: number, peakMb: number, dev: PortalResult['dev'] = null): PortalResult {
  return {
    label: `${documents} docs`,
    documents,
    measurement: { wallSeconds: cpuSeconds, cpuSeconds, peakRssBytes: peakMb * 1024 * 1024, peakRssBytesByProgram: { node: peakMb * 1024 * 1024, pagefind_extend: (peakMb / 2) * 1024 * 1024 }, exitCode: 0, timedOut: false, stdout: '', stderr: '' },
    htmlPages: documents * 2,
    page: weight(pageKb),
    diagramPage: null,
    statusPage: weight(pageKb / 2),
    overview: weight(pageKb),
    firstSearch: { query: 'network', fetchedBytes: 200 * 1024, resultMs: 150, files: 4 },
    dev,
    searchIndexBytes: 100 * 1024,
    query: null,
    problem: null,
  };
}

const row = (table: string, name: string) => table.split('\n').find((line) => line.startsWith(`| ${name} `))?.split('|').map((cell) => cell.trim()).slice(1, -1);

describe('formatPortalTable', () => {
  const table = formatPortalTable([
    result(100, 500, 30, 800),
    result(1_000, 1_100, 100, 1_800, { readySeconds: 200, editSeconds: 1.5, edits: [1.4, 1.5, 2.5], fullReloads: [false, false, false], compiled: [1, 1.1, 2], problem: null }),
    result(10_000, 1_210, 1_200, 3_000),
  ]);

  it('prints each size side by side with the target and figure/target per size', () => {
    expect(row(table, 'Document page JS KB')).toEqual(['Document page JS KB', '500', '1,100', '1,210', '≤ 550', '0.91x / 2.00x / 2.20x']);
    expect(row(table, 'Build peak MB (process tree)')).toEqual(['Build peak MB (process tree)', '800', '1,800', '3,000', '≤ 1,229 (1,000), ≤ 3,072 (10,000)', '– / 1.46x / 0.98x']);
    expect(row(table, 'Build peak MB, Pagefind alone')).toEqual(['Build peak MB, Pagefind alone', '400', '900', '1,500', '–', '–']);
    expect(row(table, 'Dev server edit shown s')).toEqual(['Dev server edit shown s', '–', '1.50', '–', '≤ 2 (1,000)', '– / 0.75x / –']);
  });

  it('shows growth against the smallest size, and the CPU ratio of 10,000 over 1,000', () => {
    expect(row(table, 'Document page JS, growth')?.at(-1)).toBe('1.00x / 2.20x / 2.42x');
    expect(row(table, 'Status page JS, growth')?.at(-1)).toBe('1.00x / 2.20x / 2.42x');
    expect(table).toContain('Build CPU 10,000/1,000: 12 (target ≤ 11, ratio 1.09x)');
    expect(table).toContain('1000 docs: dev server edits shown after 1.40, 1.50, 2.50 s');
  });
});
