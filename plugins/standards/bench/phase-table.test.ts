import { describe, expect, it } from 'vitest';
import { pageDataOfHtml } from '../docusaurus/page-data.js';
import { formatPhaseTable, growth } from './phase-table.js';
import { fakePageHtml, timed, type PhaseTime } from './plugin-phases.js';

describe('growth', () => {
  it('divides the last figure by the first', () => {
    expect(growth(2, 21)).toBe('10.5x');
    expect(growth(1000, 10000)).toBe('10x');
  });
  it('gives nothing without a first figure to divide by', () => {
    expect(growth(0, 5)).toBeNull();
    expect(growth(null, 5)).toBeNull();
    expect(growth(5, undefined)).toBeNull();
  });
});

describe('formatPhaseTable', () => {
  const run = (label: string, documents: number, load: number, part: number, heap: number | null) => ({
    label,
    documents,
    heapAfterLoadMb: heap,
    phases: [
      { phase: 'load', cpuMs: load, wallMs: load * 2, note: `${documents} files` },
      { phase: '  part of it', cpuMs: part, wallMs: part },
    ],
  });

  it('puts the sizes side by side, with the growth of each phase beside the growth of the corpus', () => {
    expect(formatPhaseTable([run('1,000 docs', 1000, 1500, 200, 150.4), run('10,000 docs', 10000, 18000, 2000, 1204)])).toBe(
      [
        '| Phase (CPU s)             | 1,000 docs | 10,000 docs | 10,000 docs / 1,000 docs |',
        '|:--------------------------|-----------:|------------:|-------------------------:|',
        '| load                      |       1.50 |          18 |                      12x |',
        '|   part of it              |      0.200 |           2 |                      10x |',
        '| Total (top-level phases)  |       1.50 |          18 |                      12x |',
        '| Documents (linear growth) |      1,000 |      10,000 |                      10x |',
        '| Heap after load (MB)      |        150 |       1,204 |                    8.01x |',
        '',
        'What each run produced:',
        '- 1,000 docs: load: 1000 files',
        '- 10,000 docs: load: 10000 files',
      ].join('\n'),
    );
  });

  it('shows one size without a growth column, and a missing phase or heap as a dash', () => {
    const table = formatPhaseTable([{ ...run('own', 12, 30, 5, null), phases: [{ phase: 'load', cpuMs: 30, wallMs: 31 }] }]);
    expect(table.split('\n')[0]).toBe('| Phase (CPU s)             |   own |');
    expect(table).toContain('| Heap after load (MB)      |     – |');
  });
});

describe('timed', () => {
  it('records the phase with its CPU and wall time and what it produced', async () => {
    const phases: PhaseTime[] = [];
    const result = await timed(phases, 'work', async () => [1, 2, 3], (value) => `${value.length} items`);
    expect(result).toEqual([1, 2, 3]);
    expect(phases).toEqual([{ phase: 'work', cpuMs: expect.any(Number), wallMs: expect.any(Number), note: '3 items' }]);
    expect(phases[0]!.cpuMs).toBeGreaterThanOrEqual(0);
  });
});

describe('fakePageHtml', () => {
  it('carries the page data as the page-data step reads it from a built page', () => {
    const props = { page: { title: 'A </script> title & more' } };
    expect(pageDataOfHtml(fakePageHtml('/standards/iaas', props))).toEqual({ path: '/standards/iaas', json: JSON.stringify({ path: '/standards/iaas', ...props }) });
  });
});
