import { describe, expect, it } from 'vitest';
import { coldRepeats, medianRun, type LintRun } from './lint-bench.js';
import { formatLintTable } from './report.js';

function lintRun(wallSeconds: number): LintRun {
  return {
    kind: 'cold, --no-cache',
    measurement: { wallSeconds, cpuSeconds: wallSeconds * 1.8, peakRssBytes: 200e6, peakRssBytesByProgram: {}, exitCode: 0, timedOut: false, stdout: '[]', stderr: '' },
    errors: 0,
    warnings: 0,
    topRules: '',
    problem: null,
  };
}

describe('repeated cold runs', () => {
  it('repeats the short runs only', () => {
    expect([100, 1_000, 10_000].map(coldRepeats)).toEqual([5, 3, 1]);
  });

  it('reports the median run, with every wall time, fastest first', () => {
    const median = medianRun([2.2, 1.6, 1.9, 1.7, 3.1].map(lintRun));
    expect(median.measurement.wallSeconds).toBe(1.9);
    expect(median.measurement.cpuSeconds).toBeCloseTo(1.9 * 1.8);
    expect(median.repeatedWallSeconds).toEqual([1.6, 1.7, 1.9, 2.2, 3.1]);
  });

  it('leaves a single run as it is', () => {
    expect(medianRun([lintRun(60)]).repeatedWallSeconds).toBeUndefined();
  });

  it('says in the table that a figure is a median, and lists the runs under it', () => {
    const report = formatLintTable([{ size: 100, generateSeconds: 0.05, runs: [medianRun([1.6, 1.9, 1.7].map(lintRun))] }]);
    expect(report).toMatch(/\| +100 \| cold, --no-cache, median of 3 \| +1\.7\d* \|/);
    expect(report).toContain('100 cold, --no-cache: wall 1.60, 1.70, 1.90 s');
  });
});
