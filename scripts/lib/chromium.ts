// Debian's Chromium for browser tests and the benchmark. Never a downloaded
// browser: the machine reaches only the npm registry and Debian's packages.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that let headless Chromium run as root on a machine with a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const HOW_TO_INSTALL = 'Install it with `sudo apt-get update && sudo apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary) and run the tests again.';

/**
 * Makes sure Chromium is there: installs Debian's package when running as root,
 * otherwise stops with the exact command to run. Never skips silently.
 */
export function ensureChromium(log: (line: string) => void = console.log): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (process.env.CHROMIUM_PATH || typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error(`Chromium was not found at ${CHROMIUM_PATH}. ${HOW_TO_INSTALL}`);
  }
  log('Chromium is missing: installing Debian\'s chromium package (apt-get, about a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env, timeout: 300_000 });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env, timeout: 600_000 });
  } catch (error) {
    throw new Error(`Installing chromium with apt-get failed (${(error as Error).message}). ${HOW_TO_INSTALL}`);
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get finished but ${CHROMIUM_PATH} is still missing. ${HOW_TO_INSTALL}`);
  return CHROMIUM_PATH;
}
