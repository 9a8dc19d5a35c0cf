// Runs a command as a child process and measures it from the outside: wall
// time including process start-up, CPU time and peak memory of the child and
// every process it starts.
//
// CPU: GNU time (/usr/bin/time) reports the rusage that wait4() returns, which
// sums user and system time over the child and all descendants it waited for,
// threads included. process.cpuUsage() would only see this process, and
// reading /proc/<pid>/stat misses the time of children that already exited.
// Memory: rusage's max RSS is the peak of the largest single process, not of
// the tree, so we also sample /proc every 200 ms and sum VmRSS over the tree;
// the figure reported is the larger of the two (sampling can miss a short
// peak, the rusage figure can miss concurrent processes).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const GNU_TIME = '/usr/bin/time';
const SAMPLE_MS = 200;

export interface Measurement {
  wallSeconds: number;
  /** User + system CPU seconds of the whole process tree. */
  cpuSeconds: number;
  peakRssBytes: number;
  /**
   * Sampled peak per program of the tree (the kernel's process name, e.g. `node`, `pagefind_extend`): the sum
   * of that program's processes at one sample. Tells which step of a build made the peak.
   */
  peakRssBytesByProgram: Record<string, number>;
  exitCode: number | null;
  /** Set when the run was killed for exceeding its time limit. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export interface MeasureOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
}

export function checkGnuTime(): string | null {
  return existsSync(GNU_TIME) ? null : `${GNU_TIME} is missing: install it with \`apt-get install -y time\` to measure CPU time and memory.`;
}

export async function measureCommand(command: string, args: readonly string[], options: MeasureOptions): Promise<Measurement> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'scs-bench-time-'));
  const timeFile = path.join(scratch, 'time.txt');
  const started = performance.now();
  // A process group of its own, so a timeout can kill the whole tree (Docusaurus ignores SIGTERM while busy).
  const child = spawn(GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));

  let sampledPeak = 0;
  const peakByProgram: Record<string, number> = {};
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const sample = treeRss(child.pid);
    sampledPeak = Math.max(sampledPeak, sample.total);
    for (const [program, bytes] of sample.byProgram) peakByProgram[program] = Math.max(peakByProgram[program] ?? 0, bytes);
  }, SAMPLE_MS);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, options.timeoutMs);

  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  clearTimeout(timer);

  const timeText = await readFile(timeFile, 'utf8').catch(() => '');
  await rm(scratch, { recursive: true, force: true });
  // The last line holds the figures; a killed or failed command adds a status line before it.
  const figures = timeText.trim().split('\n').pop()?.split(' ').map(Number) ?? [];
  const [user = NaN, system = NaN, maxRssKb = 0] = figures;
  return {
    wallSeconds,
    cpuSeconds: user + system,
    peakRssBytes: Math.max(sampledPeak, maxRssKb * 1024),
    peakRssBytesByProgram: peakByProgram,
    exitCode,
    timedOut,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
  };
}

/**
 * Sum of VmRSS over `rootPid`'s descendants (not `rootPid` itself: here the GNU time process).
 * Walks /proc/<pid>/task/<tid>/children, which lists only our tree: scanning
 * all of /proc ten times a second cost a quarter of a core on a busy machine.
 */
export function treeRssBytes(rootPid: number): number {
  return treeRss(rootPid).total;
}

/** The same, in total and per program (the `Name:` of /proc/<pid>/status). */
export function treeRss(rootPid: number): { total: number; byProgram: Map<string, number> } {
  let total = 0;
  const byProgram = new Map<string, number>();
  const pending = childPids(rootPid);
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    const status = readText(`/proc/${pid}/status`);
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
    if (match) {
      const bytes = Number(match[1]) * 1024;
      const program = /^Name:\s+(.+)$/m.exec(status)?.[1] ?? '?';
      total += bytes;
      byProgram.set(program, (byProgram.get(program) ?? 0) + bytes);
    }
    pending.push(...childPids(pid));
  }
  return { total, byProgram };
}

function childPids(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return []; // already gone
  }
  return tasks.flatMap((tid) => readText(`/proc/${pid}/task/${tid}/children`).split(' ').filter(Boolean).map(Number));
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
