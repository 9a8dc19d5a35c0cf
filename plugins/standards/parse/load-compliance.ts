// Reads compliance results: one YAML file per subject in a folder (by default
// `compliance/` next to the standards folder), and, when a monitor is
// configured, each subject's results from its status endpoint instead, with
// the files as the fallback when it cannot be reached.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fetchMonitorResults, type MonitorOptions } from '../compliance/monitor.js';
import type { ParsedComplianceFile } from '../model/compliance.js';
import type { Scope } from '../model/scope.js';
import { loadSourceFile } from './load.js';
import { COMPLIANCE_FILE, parseComplianceFile } from './compliance.js';

export async function loadComplianceFiles(folder: string, maxFileBytes?: number): Promise<ParsedComplianceFile[]> {
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true })).filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && /\.ya?ml$/i.test(entry.name)).map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: ParsedComplianceFile[] = [];
  for (const name of names.sort()) {
    const source = await loadSourceFile(folder, name, maxFileBytes);
    if (source.text === null) {
      files.push({ path: name, subject: null, findings: source.findings.map((finding) => ({ ...finding, ruleId: COMPLIANCE_FILE })) });
      continue;
    }
    files.push(parseComplianceFile(name, source.text));
  }
  return files;
}

export interface ComplianceSource {
  files: ParsedComplianceFile[];
  /** Where the results came from, for the build output. */
  origin: 'files' | 'monitor';
  /** Set when a monitor was configured but could not be used. */
  fallbackReason: string | null;
}

/**
 * The subjects of `folder`, with their results replaced by the monitor's when
 * it answers for every subject and scope. One failed request means the monitor
 * is not usable for this build: all results then come from the files, so a
 * page never mixes the two.
 */
export async function loadComplianceResults(folder: string, scopes: readonly Scope[], monitor: MonitorOptions | null, fetchImpl?: typeof fetch): Promise<ComplianceSource> {
  const files = await loadComplianceFiles(folder);
  if (!monitor) return { files, origin: 'files', fallbackReason: null };
  const fromMonitor: ParsedComplianceFile[] = [];
  for (const file of files) {
    if (!file.subject) {
      fromMonitor.push(file);
      continue;
    }
    const scopeResults = [];
    for (const scope of scopes) {
      const answer = await fetchMonitorResults(monitor, file.subject.slug, scope.uuid, fetchImpl);
      if (!answer.ok) return { files, origin: 'files', fallbackReason: answer.reason };
      if (answer.results.length > 0) scopeResults.push({ scope: scope.uuid, results: answer.results });
    }
    fromMonitor.push({ ...file, subject: { ...file.subject, scopes: scopeResults } });
  }
  return { files: fromMonitor, origin: 'monitor', fallbackReason: null };
}

/** `compliance/` beside the standards folder. */
export function defaultComplianceDir(standardsDir: string): string {
  return path.join(path.dirname(path.resolve(standardsDir)), 'compliance');
}
