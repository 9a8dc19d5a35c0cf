import { describe, expect, it } from 'vitest';
import { lintAgainstBase } from '../../history/testing.js';
import { documentText, standardFields } from '../testing.js';

const FILE = 'scs-0100-v1-a.md';
const as = (fields: Record<string, string | null>) => ({ [FILE]: documentText(standardFields(fields)) });
const DRAFT = as({ status: 'Draft', stabilized_at: null });
const STABLE = as({});
const DEPRECATED = as({ status: 'Deprecated', deprecated_at: '2025-01-01' });
const REJECTED = as({ status: 'Rejected', stabilized_at: null, rejected_at: '2024-01-01' });
const lint = (base: Record<string, string>, now: Record<string, string>) => lintAgainstBase(base, now, { rules: ['history-status-transition'] });

describe('history-status-transition', () => {
  it.each([
    ['Draft to Draft', DRAFT, DRAFT],
    ['Draft to Stable', DRAFT, STABLE],
    ['Draft to Rejected', DRAFT, REJECTED],
    ['Stable to Deprecated', STABLE, DEPRECATED],
    ['Deprecated to Deprecated', DEPRECATED, DEPRECATED],
  ])('accepts %s', async (_, base, now) => {
    expect(await lint(base, now)).toEqual([]);
  });

  it.each([
    ['Stable to Draft', STABLE, DRAFT, 'Unexpected status change from Stable to Draft since main, expected Stable or the next step, Deprecated; a status does not move back'],
    ['Deprecated to Draft', DEPRECATED, DRAFT, 'Unexpected status change from Deprecated to Draft since main, expected Deprecated to stay: it is final, and a returning idea starts a new version or proposal'],
    ['Deprecated to Stable', DEPRECATED, STABLE, 'Unexpected status change from Deprecated to Stable since main, expected Deprecated to stay: it is final, and a returning idea starts a new version or proposal'],
    ['Rejected to Draft', REJECTED, DRAFT, 'Unexpected status change from Rejected to Draft since main, expected Rejected to stay: it is final, and a returning idea starts a new version or proposal'],
    ['Rejected to Stable', REJECTED, STABLE, 'Unexpected status change from Rejected to Stable since main, expected Rejected to stay: it is final, and a returning idea starts a new version or proposal'],
    ['Draft to Deprecated (skipped Stable)', DRAFT, DEPRECATED, 'Unexpected status change from Draft to Deprecated since main, expected one step at a time: Draft to Stable or Rejected first'],
    ['Stable to Rejected', STABLE, REJECTED, 'Unexpected status change from Stable to Rejected since main, expected Stable or the next step, Deprecated; a status does not move back'],
  ])('reports %s at the status line', async (_, base, now, message) => {
    expect(await lint(base, now)).toEqual([`${FILE}:4:1 error ${message}`]);
  });
});
