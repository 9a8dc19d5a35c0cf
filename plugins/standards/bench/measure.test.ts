import { describe, expect, it } from 'vitest';
import { measureCommand } from './measure.js';

const node = process.execPath;
// A grandchild that fills 200 MB and spins for 1 s of CPU: both must be seen from the outside (the samples of
// memory per program, 200 ms apart, too).
const grandchild = `const b = Buffer.alloc(200 * 1024 * 1024, 1); const end = Date.now() + 1000; while (Date.now() < end); console.log(b[0]);`;
const child = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'inherit' });`;

describe('measureCommand', () => {
  it('counts the CPU time and memory of grandchildren, and passes output through', async () => {
    const result = await measureCommand(node, ['-e', child], { cwd: process.cwd(), timeoutMs: 60_000 });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('1\n');
    expect(result.cpuSeconds).toBeGreaterThanOrEqual(0.35);
    expect(result.peakRssBytes).toBeGreaterThanOrEqual(200 * 1024 * 1024);
    expect(result.peakRssBytesByProgram.node).toBeGreaterThanOrEqual(200 * 1024 * 1024);
    expect(result.wallSeconds).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['process.exit(3)', 3],
    ['console.error("broken"); process.exit(1)', 1],
  ])('reports the exit code of `%s`', async (script, code) => {
    const result = await measureCommand(node, ['-e', script], { cwd: process.cwd(), timeoutMs: 60_000 });
    expect(result.exitCode).toBe(code);
    expect(result.timedOut).toBe(false);
  });

  it('kills the whole process group at the time limit', async () => {
    const result = await measureCommand(node, ['-e', 'setTimeout(() => {}, 60_000)'], { cwd: process.cwd(), timeoutMs: 300 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).not.toBe(0);
    expect(result.wallSeconds).toBeLessThan(30);
  });
});
