// Reads a subject's results for one scope from a compliance monitor's JSON
// status endpoint, `GET <base>/status?subject=…&scopeuuid=…`. The network is an
// edge: this never throws; a slow, failing or unreadable answer comes back as
// the reason, and the caller falls back to the files in compliance/.
import { TEST_RESULTS, type TestResult, type TestResultValue } from '../model/compliance.js';
import { checkedDay } from './lifetime.js';

export interface MonitorOptions {
  /** Base URL of the monitor, e.g. `https://compliance.example.org`. */
  url: string;
  /** How long one request may take before the monitor counts as unreachable. */
  timeoutMs: number;
}

export type MonitorAnswer = { ok: true; results: TestResult[] } | { ok: false; reason: string };

/** Numeric codes some runners report instead of words. */
const CODES: Record<string, TestResultValue> = { '1': 'PASS', '-1': 'FAIL', '0': 'ABORT' };

export function monitorStatusUrl(base: string, subject: string, scopeUuid: string): string {
  const url = new URL('status', base.endsWith('/') ? base : `${base}/`);
  url.searchParams.set('subject', subject);
  url.searchParams.set('scopeuuid', scopeUuid);
  return url.toString();
}

export async function fetchMonitorResults(options: MonitorOptions, subject: string, scopeUuid: string, fetchImpl: typeof fetch = fetch): Promise<MonitorAnswer> {
  const url = monitorStatusUrl(options.url, subject, scopeUuid);
  let body: unknown;
  try {
    const response = await fetchImpl(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(options.timeoutMs), redirect: 'error' });
    if (response.status === 404) return { ok: true, results: [] }; // the monitor knows no results for this pair
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status} from ${url}` };
    body = await response.json();
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, reason: `no answer from ${url} within ${options.timeoutMs} ms` };
    return { ok: false, reason: `${url} unreachable: ${(error as Error).message}` };
  }
  return parseMonitorBody(body, url);
}

/** The endpoint's JSON: `{ "results": [...] }` or a bare list of `{testcase, result, checked_at}`. Pure. */
export function parseMonitorBody(body: unknown, url = 'the monitor'): MonitorAnswer {
  const list = Array.isArray(body) ? body : (body as { results?: unknown } | null)?.results;
  if (!Array.isArray(list)) return { ok: false, reason: `unexpected answer from ${url}, expected a JSON list of results` };
  const results: TestResult[] = [];
  for (const item of list) {
    const entry = item as { testcase?: unknown; result?: unknown; checked_at?: unknown };
    const raw = String(entry?.result);
    const result = (TEST_RESULTS as readonly string[]).includes(raw) ? (raw as TestResultValue) : CODES[raw];
    if (typeof entry?.testcase !== 'string' || !result || typeof entry.checked_at !== 'string' || checkedDay(entry.checked_at) === null) {
      return { ok: false, reason: `unexpected result ${JSON.stringify(item).slice(0, 120)} from ${url}, expected {testcase, result, checked_at}` };
    }
    results.push({ testcase: entry.testcase, result, checkedAt: entry.checked_at });
  }
  return { ok: true, results };
}
