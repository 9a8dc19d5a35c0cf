// Every command meets a folder that does not exist with one clear line on
// stderr and a non-zero exit: no usage text, no stack trace.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function run(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const MISSING = 'no/such/folder';

describe('a missing folder', () => {
  // The commands start in parallel: each is a process of its own.
  it.concurrent.each([
    ['lint:standards', 'lint-standards.ts', ['--no-cache', MISSING], `No such file or folder: ${MISSING}`, 2],
    ['lint:standards --scopes', 'lint-standards.ts', ['--no-cache', 'tests/fixtures/valid-corpus', '--scopes', MISSING], `No such folder for --scopes: ${MISSING}`, 2],
    ['registry', 'registry.ts', [MISSING], `No such folder: ${MISSING}`, 2],
    ['registry --scopes', 'registry.ts', ['tests/fixtures/valid-corpus', '--scopes', MISSING], `No such folder for --scopes: ${MISSING}`, 2],
    ['new --dir', 'new.ts', ['--dir', MISSING, '--title', 'A', '--track', 'IaaS', '--type', 'Standard'], `No such folder for --dir: ${path.join(ROOT, MISSING)}`, 2],
    ['lifecycle --dir', 'lifecycle.ts', ['stabilize', 'scs-0100-v1', '--on', '2025-01-01', '--dir', MISSING], `No such folder for --dir: ${path.join(ROOT, MISSING)}`, 2],
  ] as const)('%s: one line and exit 2', async (_, script, args, line, exit) => {
    expect(await run(script, [...args])).toEqual({ code: exit, stdout: '', stderr: `${line}\n` });
  });

  it('build: STANDARDS_DIR that does not exist stops before Docusaurus starts', async () => {
    const { code, stdout, stderr } = await run('build.ts', [], { STANDARDS_DIR: MISSING });
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe(`STANDARDS_DIR: no such folder ${path.join(ROOT, MISSING)} (from \`${MISSING}\`); set it to a folder of scs-*.md documents, or leave it unset for ${path.join(ROOT, 'Standards')}\n`);
  });
});
