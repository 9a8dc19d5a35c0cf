// Turns benchmark results into the printed tables: figures first, each target
// and the ratio figure/target beside it (below 1 meets a "less than" target).
import os from 'node:os';
import type { LintBenchResult } from './lint-bench.js';
import type { PortalResult } from './portal-bench.js';
import { formatNumber, formatTable, kilobytes, megabytes, ratio, type Cell } from './table.js';
import { LINT_TARGETS, PORTAL_TARGETS } from './targets.js';

export function formatMachine(): string {
  const cpus = os.cpus();
  const load = os.loadavg().map((value) => value.toFixed(2)).join(' ');
  return [
    `Machine: ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}), ${formatNumber(os.totalmem() / 1024 ** 3)} GB RAM, ${os.platform()} ${os.release()}`,
    `Node ${process.version}; load average at start ${load} (other work on the machine inflates wall times; CPU times are steadier)`,
  ].join('\n');
}

export function formatLintTable(results: readonly LintBenchResult[]): string {
  const rows: Cell[][] = [];
  for (const result of results) {
    for (const run of result.runs) {
      const { measurement: m } = run;
      const target = run.kind === 'cold, --no-cache' ? LINT_TARGETS.coldWallSeconds.get(result.size) : run.kind === 'warm, 1 changed' ? LINT_TARGETS.warmWallSeconds.get(result.size) : undefined;
      rows.push([
        result.size,
        run.repeatedWallSeconds ? `${run.kind}, median of ${run.repeatedWallSeconds.length}` : run.kind,
        m.wallSeconds,
        m.cpuSeconds,
        result.size / m.wallSeconds,
        megabytes(m.peakRssBytes),
        m.exitCode,
        run.errors,
        run.warnings,
        target === undefined ? null : `< ${target} s`,
        target === undefined ? null : ratio(m.wallSeconds, target),
        ratio(m.peakRssBytes, LINT_TARGETS.peakRssBytes),
      ]);
    }
  }
  const headers = ['Documents', 'Run', 'Wall s', 'CPU s', 'Docs/s', 'Peak RSS MB', 'Exit', 'Errors', 'Warnings', 'Wall target', 'Wall/target', 'RSS/1 GB'];
  const lines = [formatTable(headers, rows)];
  const cold = (size: number) => results.find((result) => result.size === size)?.runs[0]?.measurement;
  const small = cold(1_000);
  const large = cold(10_000);
  if (small && large) {
    const growth = large.wallSeconds / small.wallSeconds;
    lines.push(
      `Growth 10,000/1,000 (cold, wall): ${formatNumber(growth)} (CPU: ${formatNumber(large.cpuSeconds / small.cpuSeconds)}); target ≤ ${LINT_TARGETS.growth10kOver1k}, ratio ${ratio(growth, LINT_TARGETS.growth10kOver1k)}`,
    );
  }
  for (const result of results) {
    lines.push(`Generating ${formatNumber(result.size)} documents took ${formatNumber(result.generateSeconds)} s (not included above).`);
    for (const run of result.runs) {
      if (run.repeatedWallSeconds) lines.push(`  ${formatNumber(result.size)} ${run.kind}: wall ${run.repeatedWallSeconds.map(formatNumber).join(', ')} s`);
      if (run.topRules) lines.push(`  ${formatNumber(result.size)} ${run.kind}: diagnostics by rule: ${run.topRules}`);
      if (run.problem) lines.push(`  ${formatNumber(result.size)} ${run.kind}: ${run.problem}`);
    }
  }
  return lines.join('\n');
}

export function formatPortalTable(results: readonly PortalResult[]): string {
  const synthetic = results.find((result) => result.documents === PORTAL_TARGETS.syntheticDocuments);
  const each = (figure: (result: PortalResult) => Cell) => results.map(figure);
  const ratios = (figure: (result: PortalResult) => number | null, limit: (result: PortalResult) => number) =>
    results.map((result) => ratio(figure(result), limit(result)) ?? '–').join(' / ');
  const indexTarget = (result: PortalResult) => PORTAL_TARGETS.searchIndexBytesPerDocument * result.documents;
  const m = (result: PortalResult) => result.measurement;
  const rows: Cell[][] = [
    ['Documents', ...each((result) => result.documents), null, null],
    ['HTML pages', ...each((result) => result.htmlPages), null, null],
    ['Build wall s', ...each((result) => m(result).wallSeconds), null, null],
    [
      'Build CPU s',
      ...each((result) => m(result).cpuSeconds),
      `< ${PORTAL_TARGETS.buildCpuSeconds1k} (1,000 docs)`,
      synthetic ? ratio(m(synthetic).cpuSeconds, PORTAL_TARGETS.buildCpuSeconds1k) : null,
    ],
    [
      'Build peak RSS MB',
      ...each((result) => megabytes(m(result).peakRssBytes)),
      '< 2,048 (1,000 docs)',
      synthetic ? ratio(m(synthetic).peakRssBytes, PORTAL_TARGETS.buildPeakRssBytes1k) : null,
    ],
    ['Page JS KB', ...each((result) => nullable(result.page?.jsBytes, kilobytes)), '≤ 550', ratios((result) => result.page?.jsBytes ?? null, () => PORTAL_TARGETS.pageJsBytes)],
    [
      'Page JS gzip KB',
      ...each((result) => nullable(result.page?.jsGzipBytes, kilobytes)),
      '≤ 150',
      ratios((result) => result.page?.jsGzipBytes ?? null, () => PORTAL_TARGETS.pageJsGzipBytes),
    ],
    ['Page JS files', ...each((result) => result.page?.scripts.length ?? null), null, null],
    ['Mermaid fetched, no diagram', ...each((result) => yesNo(result.page?.mermaidFetched)), 'no', null],
    ['Mermaid fetched, diagram page', ...each((result) => yesNo(result.diagramPage?.mermaidFetched)), 'yes', null],
    [
      'Search index KB',
      ...each((result) => nullable(result.searchIndexBytes, kilobytes)),
      `≤ ${formatNumber(kilobytes(PORTAL_TARGETS.searchIndexBytesPerDocument))} per doc`,
      ratios((result) => result.searchIndexBytes, indexTarget),
    ],
    ['Search target KB (scaled)', ...each((result) => kilobytes(indexTarget(result))), null, null],
    ['One query fetches KB', ...each((result) => nullable(result.query?.pagefindBytes, kilobytes)), null, null],
  ];
  const lines = [formatTable(['Figure', ...results.map((result) => result.label), 'Target', 'Ratio'], rows)];
  for (const result of results) {
    if (result.problem) lines.push(`${result.label}: ${result.problem}`);
    const largest = result.page?.scripts.slice(0, 6) ?? [];
    if (largest.length > 0) {
      lines.push(`${result.label}: largest scripts on ${result.page!.urlPath}: ${largest.map((script) => `${script.path} ${formatNumber(kilobytes(script.bytes))} KB`).join(', ')}`);
    }
  }
  return lines.join('\n');
}

function nullable(value: number | null | undefined, unit: (value: number) => number): number | null {
  return value === null || value === undefined ? null : unit(value);
}

function yesNo(value: boolean | undefined): string | null {
  return value === undefined ? null : value ? 'yes' : 'no';
}
