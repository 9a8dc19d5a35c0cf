// Turns benchmark results into the printed tables: figures first, each target
// and the ratio figure/target beside it (below 1 meets a "less than" target).
import os from 'node:os';
import type { LintBenchResult } from './lint-bench.js';
import type { PageWeight } from './page-weight.js';
import type { PortalResult } from './portal-bench.js';
import { formatNumber, formatTable, kilobytes, megabytes, ratio, type Cell } from './table.js';
import { LINT_TARGETS, SCALE_TARGETS } from './targets.js';

/** Pagefind's indexer as the kernel names its process (15 characters of `pagefind_extended`). */
const PAGEFIND_PROGRAM = 'pagefind_extend';

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

/**
 * Issue #13's table: one column per corpus size, side by side, so growth shows; each figure's target and
 * figure/target per column (below 1 meets it). Sizes without a target for a figure show a dash there.
 */
export function formatPortalTable(results: readonly PortalResult[]): string {
  const each = (figure: (result: PortalResult) => Cell) => results.map(figure);
  const perColumn = (figure: (result: PortalResult) => number | null | undefined, limit: (result: PortalResult) => number | undefined) =>
    results.map((result) => {
      const value = figure(result);
      const bound = limit(result);
      return value === null || value === undefined || bound === undefined ? '–' : (ratio(value, bound) ?? '–');
    }).join(' / ');
  const m = (result: PortalResult) => result.measurement;
  const first = results[0];
  const growth = (figure: (result: PortalResult) => number | null | undefined) =>
    results.map((result) => {
      const base = first ? figure(first) : null;
      const value = figure(result);
      return base && value ? `${(value / base).toFixed(2)}x` : '–';
    }).join(' / ');
  const kb = (figure: (result: PortalResult) => number | null | undefined) => (result: PortalResult) => nullable(figure(result), kilobytes);
  const pageRows = (name: string, weight: (result: PortalResult) => PageWeight | null): Cell[][] => [
    [`${name} JS KB`, ...each(kb((result) => weight(result)?.jsBytes)), `≤ ${formatNumber(kilobytes(SCALE_TARGETS.pageJsBytes))}`, perColumn((result) => weight(result)?.jsBytes, () => SCALE_TARGETS.pageJsBytes)],
    [`${name} JS, growth`, ...each(() => null), `≤ ${SCALE_TARGETS.pageJsGrowth.toFixed(2)}x of smallest`, growth((result) => weight(result)?.jsBytes)],
    [`${name} JS gzip KB`, ...each(kb((result) => weight(result)?.jsGzipBytes)), null, null],
    // Not JavaScript: a standards page's HTML carries the page's data (see docusaurus/client-routes.ts).
    [`${name} HTML KB`, ...each(kb((result) => weight(result)?.htmlBytes)), null, null],
  ];
  const peakTarget = (result: PortalResult) => SCALE_TARGETS.buildPeakRssBytes.get(result.documents);
  const rows: Cell[][] = [
    ['Documents', ...each((result) => result.documents), null, null],
    ['HTML pages', ...each((result) => result.htmlPages), null, null],
    ['Build wall s', ...each((result) => m(result).wallSeconds), null, null],
    ['Build CPU s', ...each((result) => m(result).cpuSeconds), `10,000/1,000 ≤ ${SCALE_TARGETS.buildCpuGrowth10kOver1k}`, growth((result) => m(result).cpuSeconds)],
    [
      'Build peak MB (process tree)',
      ...each((result) => megabytes(m(result).peakRssBytes)),
      [...SCALE_TARGETS.buildPeakRssBytes].map(([size, bytes]) => `≤ ${formatNumber(Math.round(megabytes(bytes)))} (${formatNumber(size)})`).join(', '),
      perColumn((result) => m(result).peakRssBytes, peakTarget),
    ],
    // Pagefind runs after the site is built, alone: its peak is the build's when it is the larger.
    ['Build peak MB, Pagefind alone', ...each((result) => nullable(m(result).peakRssBytesByProgram?.[PAGEFIND_PROGRAM], megabytes)), null, null],
    ...pageRows('Document page', (result) => result.page),
    ...pageRows('Status page', (result) => result.statusPage),
    ...pageRows('Overview', (result) => result.overview),
    ['Document page JS files', ...each((result) => result.page?.scripts.length ?? null), null, null],
    ['Mermaid fetched, no diagram', ...each((result) => yesNo(result.page?.mermaidFetched)), 'no', null],
    ['Mermaid fetched, diagram page', ...each((result) => yesNo(result.diagramPage?.mermaidFetched)), 'yes', null],
    ['Search index KB', ...each(kb((result) => result.searchIndexBytes)), null, null],
    [
      'First search fetches KB',
      ...each(kb((result) => result.firstSearch?.fetchedBytes)),
      `≤ ${formatNumber(kilobytes(SCALE_TARGETS.firstSearchBytes10k))} (10,000)`,
      perColumn((result) => result.firstSearch?.fetchedBytes, (result) => (result.documents === 10_000 ? SCALE_TARGETS.firstSearchBytes10k : undefined)),
    ],
    ['First search results ms', ...each((result) => result.firstSearch?.resultMs ?? null), `< ${SCALE_TARGETS.firstSearchMs}`, perColumn((result) => result.firstSearch?.resultMs, () => SCALE_TARGETS.firstSearchMs)],
    ['Search page query fetches KB', ...each(kb((result) => result.query?.pagefindBytes)), null, null],
    ['Dev server ready s', ...each((result) => result.dev?.readySeconds ?? null), null, null],
    [
      'Dev server edit shown s',
      ...each((result) => result.dev?.editSeconds ?? null),
      `≤ ${SCALE_TARGETS.devEditSeconds} (1,000)`,
      perColumn((result) => result.dev?.editSeconds, () => SCALE_TARGETS.devEditSeconds),
    ],
  ];
  const lines = [formatTable(['Figure', ...results.map((result) => result.label), 'Target', 'Figure/target or growth'], rows)];
  const at = (size: number) => results.find((result) => result.documents === size);
  const [small, large] = [at(1_000), at(10_000)];
  if (small && large) {
    const cpu = m(large).cpuSeconds / m(small).cpuSeconds;
    lines.push(`Build CPU 10,000/1,000: ${formatNumber(cpu)} (target ≤ ${SCALE_TARGETS.buildCpuGrowth10kOver1k}, ratio ${ratio(cpu, SCALE_TARGETS.buildCpuGrowth10kOver1k)})`);
  }
  for (const result of results) {
    if (result.problem) lines.push(`${result.label}: ${result.problem}`);
    if (result.dev?.problem) lines.push(`${result.label}: dev server: ${result.dev.problem}`);
    if (result.dev && result.dev.edits.length > 0) lines.push(`${result.label}: dev server edits shown after ${result.dev.edits.map(formatNumber).join(', ')} s`);
    for (const [name, weight] of [['document page', result.page], ['status page', result.statusPage], ['overview', result.overview]] as const) {
      const largest = weight?.scripts.slice(0, 5) ?? [];
      if (largest.length > 0) {
        lines.push(`${result.label}: largest scripts of the ${name} ${weight!.urlPath}: ${largest.map((script) => `${script.path} ${formatNumber(kilobytes(script.bytes))} KB`).join(', ')}`);
      }
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
