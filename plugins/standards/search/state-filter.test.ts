// The search's state filter on the reader's day against the model: for every
// document of our corpus on a few hundred days, the filter value its page
// declares is chosen for exactly the state the model gives it that day.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, lifecycleStateAt, stateChangeDays } from '../model/lifecycle.js';
import type { Registry } from '../model/registry.js';
import { LIFECYCLE_STATES } from '../model/vocabulary.js';
import { loadCorpus } from '../parse/load-corpus.js';
import { lifecycleFilterValue, lifecycleValuesInState, readLifecycleFilterValue } from './state-filter.js';

const CORPUS = path.resolve(__dirname, '../../../Standards');
const LABELS = Object.values(LIFECYCLE_STATES).map((state) => state.label);

let registry: Registry;
let days: string[];

beforeAll(async () => {
  ({ registry } = await loadCorpus(CORPUS));
  const changes = stateChangeDays(registry.documents);
  const regular = Array.from({ length: (12 * 365) / 25 + 1 }, (_, index) => addDays('2019-01-01', index * 25));
  days = [...new Set([...changes, ...changes.map((day) => addDays(day, -1)), ...regular])].sort();
});

describe('the state filter of the search', () => {
  it('chooses each page for the state the model gives its document on that day, and for no other', () => {
    const documents = registry.documents.filter((document) => document.kind !== 'template' && document.kind !== 'supplement' && document.status !== null);
    const values = documents.map(lifecycleFilterValue);
    let compared = 0;
    for (const day of days) {
      const chosen = new Map(LABELS.map((label) => [label, new Set(lifecycleValuesInState(values, label, day))]));
      documents.forEach((document, index) => {
        const expected = LIFECYCLE_STATES[lifecycleStateAt(document, day)!].label;
        for (const label of LABELS) expect(chosen.get(label)!.has(values[index]!), `${document.fileName} on ${day}: ${label}`).toBe(label === expected);
        compared += 1;
      });
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('writes values without commas (Pagefind splits filters there) and reads back what it wrote, nothing else', () => {
    for (const document of registry.documents.filter((candidate) => candidate.status !== null)) {
      const value = lifecycleFilterValue(document);
      expect(value).not.toContain(',');
      expect(readLifecycleFilterValue(value)).toEqual({ status: document.status, stabilizedAt: document.stabilizedAt, deprecatedAt: document.deprecatedAt });
    }
    expect(lifecycleFilterValue({ status: 'Draft', stabilizedAt: null, deprecatedAt: null })).toBe('Draft||');
    for (const bad of ['', 'Stable|2024-01-01', 'Final||', 'Stable|2024-02-30|', 'Stable|x|', 'Stable|||']) expect(readLifecycleFilterValue(bad), bad).toBeNull();
    expect(lifecycleValuesInState(['Stable|2024-01-01|', 'nonsense', 'Draft||'], 'Effective', '2025-01-01')).toEqual(['Stable|2024-01-01|']);
  });
});
