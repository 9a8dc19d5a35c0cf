// The table of `npm run bench:phases`: CPU seconds per phase and size side by
// side, and each phase's growth from the first size to the last beside the
// growth of the corpus, so a phase that grows faster than linearly stands out.
import type { PhaseRun } from './plugin-phases.js';
import { formatNumber, formatTable, type Cell } from './table.js';

/** Growth of `last` over `first` as `12.3x`; null when there is nothing to divide by. Pure. */
export function growth(first: number | null | undefined, last: number | null | undefined): string | null {
  if (first == null || last == null || first <= 0) return null;
  return `${formatNumber(last / first)}x`;
}

/** Pure. Phases are matched by name; a phase missing from a run is a dash. */
export function formatPhaseTable(runs: ReadonlyArray<PhaseRun & { label: string }>): string {
  const names = [...new Set(runs.flatMap((run) => run.phases.map((phase) => phase.phase)))];
  const cpu = (run: PhaseRun, name: string) => run.phases.find((phase) => phase.phase === name)?.cpuMs ?? null;
  const first = runs[0];
  const last = runs.at(-1);
  const several = runs.length > 1 && first !== undefined && last !== undefined;
  const headers = ['Phase (CPU s)', ...runs.map((run) => run.label), ...(several ? [`${last.label} / ${first.label}`] : [])];
  const rows: Cell[][] = names.map((name) => [name, ...runs.map((run) => seconds(cpu(run, name))), ...(several ? [growth(cpu(first, name), cpu(last, name))] : [])]);
  const mainPhases = (run: PhaseRun) => run.phases.filter((phase) => !phase.phase.startsWith(' ')).reduce((sum, phase) => sum + phase.cpuMs, 0);
  rows.push(['Total (top-level phases)', ...runs.map((run) => seconds(mainPhases(run))), ...(several ? [growth(mainPhases(first), mainPhases(last))] : [])]);
  rows.push(['Documents (linear growth)', ...runs.map((run) => run.documents), ...(several ? [growth(first.documents, last.documents)] : [])]);
  rows.push(['Heap after load (MB)', ...runs.map((run) => (run.heapAfterLoadMb === null ? null : Math.round(run.heapAfterLoadMb))), ...(several ? [growth(first.heapAfterLoadMb, last.heapAfterLoadMb)] : [])]);
  const notes = runs.flatMap((run) => run.phases.filter((phase) => phase.note).map((phase) => `${run.label}: ${phase.phase.trim()}: ${phase.note}`));
  return `${formatTable(headers, rows)}\n\nWhat each run produced:\n${notes.map((note) => `- ${note}`).join('\n')}`;
}

function seconds(ms: number | null): number | null {
  return ms === null ? null : Math.round(ms / 10) / 100;
}
