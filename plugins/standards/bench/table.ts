// Plain-text tables for the benchmark's output, in Markdown pipe syntax so the
// figures can be pasted into an issue or a report as they are.

export type Cell = string | number | null;

export function formatTable(headers: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const text = rows.map((row) => headers.map((_, i) => cellText(row[i] ?? null)));
  const widths = headers.map((header, i) => Math.max(header.length, ...text.map((row) => row[i]!.length)));
  // Figures right-aligned, words left-aligned.
  const numeric = headers.map((_, i) => rows.every((row) => typeof row[i] !== 'string' || /^[\d.,]+x$/.test(row[i] as string)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (numeric[i] ? `${'-'.repeat(width + 1)}:` : `:${'-'.repeat(width + 1)}`)).join('|')}|`;
  return [line(headers), rule, ...text.map(line)].join('\n');
}

function cellText(cell: Cell): string {
  if (cell === null) return '–';
  if (typeof cell === 'number') return formatNumber(cell);
  return cell;
}

/** Three significant digits at most, thousands separated: 0.123, 12.3, 1,234. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function megabytes(bytes: number): number {
  return bytes / (1024 * 1024);
}

export function kilobytes(bytes: number): number {
  return bytes / 1024;
}

/** `figure / limit` as a ratio cell; below 1 meets a "less than" target. */
export function ratio(figure: number | null, limit: number): string | null {
  return figure === null || !Number.isFinite(figure) ? null : `${(figure / limit).toFixed(2)}x`;
}
