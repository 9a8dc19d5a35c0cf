// A progress bar with an estimate of the time left, for long network runs
// (`npm run lint:links`). Shown only on a terminal: in CI logs and pipes a
// line rewritten with CR is noise. `formatProgress` is pure; `createProgress`
// writes to a stream and rewrites at most ten times a second.

export interface ProgressState {
  done: number;
  total: number;
  elapsedMs: number;
}

/** `[=========>          ] 12/40 30% ETA 0:35` (no ETA before the first result). */
export function formatProgress({ done, total, elapsedMs }: ProgressState, width = 24, label = 'Checking links'): string {
  const fraction = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(fraction * width);
  const bar = filled >= width ? '='.repeat(width) : `${'='.repeat(Math.max(0, filled - 1))}${filled > 0 ? '>' : ''}${' '.repeat(width - filled)}`;
  const percent = `${Math.floor(fraction * 100)}%`;
  const eta = done === 0 || done >= total ? '' : ` ETA ${formatClock(((total - done) * elapsedMs) / done)}`;
  return `${label} [${bar}] ${done}/${total} ${percent}${eta}`;
}

/** `0:35`, `12:05`, `1:02:03`. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Clears the line, so what follows starts on a clean one. */
  end(): void;
}

const NO_PROGRESS: Progress = { update: () => undefined, end: () => undefined };

export function createProgress(stream: ProgressStream, enabled: boolean, now: () => number = Date.now): Progress {
  if (!enabled || !stream.isTTY) return NO_PROGRESS;
  const started = now();
  let lastDrawn = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const at = now();
      if (done < total && at - lastDrawn < 100) return;
      lastDrawn = at;
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 45));
      stream.write(`\r\u001b[K${formatProgress({ done, total, elapsedMs: at - started }, width)}`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
