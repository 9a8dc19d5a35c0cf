// The sidebar's state classes computed in the browser against the sidebar the
// build makes: for every entry of our corpus, the class recomputed from the
// entry's dates for a day equals the class of the sidebar built for that day,
// on a few hundred days around every dated transition.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, stateChangeDays } from '../model/lifecycle.js';
import type { Registry } from '../model/registry.js';
import { loadCorpus } from '../parse/load-corpus.js';
import { buildStandardsSidebar, type SidebarDocItem, type SidebarItem } from './sidebar.js';
import { readSidebarDates, sidebarClassNameAt, sidebarNavigation, SIDEBAR_DATES_KEY } from './sidebar-states.js';

const CORPUS = path.resolve(__dirname, '../../../Standards');
const BUILD_DAY = '2024-01-15';

let registry: Registry;
let docIds: Set<string>;
let days: string[];

const docItems = (items: SidebarItem[]): SidebarDocItem[] => items.flatMap((item) => (item.type === 'doc' ? [item] : item.type === 'category' ? docItems(item.items) : []));

beforeAll(async () => {
  ({ registry } = await loadCorpus(CORPUS));
  docIds = new Set(registry.documents.filter((document) => document.kind !== 'template').map((document) => document.id));
  const changes = stateChangeDays(registry.documents);
  const regular = Array.from({ length: (12 * 365) / 25 + 1 }, (_, index) => addDays('2019-01-01', index * 25));
  days = [...new Set([...changes, ...changes.map((day) => addDays(day, -1)), ...regular])].sort();
});

describe('sidebar state classes in the browser', () => {
  it('equal the classes of the sidebar built for that day, for every entry on a few hundred days', () => {
    const built = docItems(buildStandardsSidebar(registry, docIds, BUILD_DAY));
    // The entries travel to the browser as JSON.
    const shipped = JSON.parse(JSON.stringify(built)) as SidebarDocItem[];
    let compared = 0;
    let changed = 0;
    for (const day of days) {
      const expected = docItems(buildStandardsSidebar(registry, docIds, day));
      expect(shipped.map((item) => item.id)).toEqual(expected.map((item) => item.id));
      shipped.forEach((item, index) => {
        const computed = sidebarClassNameAt(item.className, item.customProps, day);
        expect(computed, `${item.id} on ${day}`).toBe(expected[index]!.className);
        if (computed !== item.className) changed += 1;
        compared += 1;
      });
    }
    expect(days.length).toBeGreaterThan(200);
    expect(compared).toBeGreaterThan(5000);
    // The comparison is not vacuous: many entries show another state than on the build day.
    expect(changed).toBeGreaterThan(100);
  });

  it('carry dates only where the state depends on the day, and little of them', () => {
    const items = docItems(buildStandardsSidebar(registry, docIds, BUILD_DAY));
    for (const item of items) {
      const document = registry.documents.find((candidate) => candidate.id === item.id)!;
      const dependsOnDay = document.kind !== 'supplement' && (document.status === 'Stable' || document.status === 'Deprecated');
      expect(item.customProps !== undefined, item.id).toBe(dependsOnDay);
      if (item.customProps) expect(JSON.stringify(item.customProps).length, item.id).toBeLessThanOrEqual(60);
    }
  });

  it('keeps other classes and ignores dates that are not in the written shape', () => {
    const props = { [SIDEBAR_DATES_KEY]: ['Stable', '2025-01-01', '2026-01-01'] };
    expect(sidebarClassNameAt('extra scs-sb-effective-soon', props, '2025-06-01')).toBe('extra scs-sb-deprecation-scheduled');
    expect(sidebarClassNameAt('scs-sb-effective-soon', props, '2026-01-01')).toBe('scs-sb-deprecated');
    expect(sidebarClassNameAt(undefined, props, '2024-01-01')).toBe('scs-sb-effective-soon');
    for (const bad of [null, 'x', {}, { [SIDEBAR_DATES_KEY]: ['Draft', null, null] }, { [SIDEBAR_DATES_KEY]: ['Stable', '2025-02-30', null] }, { [SIDEBAR_DATES_KEY]: ['Stable', null] }]) {
      expect(readSidebarDates(bad), JSON.stringify(bad)).toBeNull();
      expect(sidebarClassNameAt('scs-sb-draft', bad, '2025-06-01')).toBe('scs-sb-draft');
    }
  });
});

describe('a click on a sidebar entry on a page with a chosen day', () => {
  const plain = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
  it('leads to the entry with that ?date=, its hash kept', () => {
    expect(sidebarNavigation('/standards/scs-0100-v3-flavor-naming', '2024-05-01', plain)).toBe('/standards/scs-0100-v3-flavor-naming?date=2024-05-01');
    expect(sidebarNavigation('/standards/iaas/scs-0100#versions', '2024-05-01', plain)).toBe('/standards/iaas/scs-0100?date=2024-05-01#versions');
    expect(sidebarNavigation('/standards?track=IaaS', '2030-01-31', plain)).toBe('/standards?track=IaaS&date=2030-01-31');
  });
  it('leaves the click to the link without a chosen day, with a modifier key, another button, or when already handled', () => {
    expect(sidebarNavigation('/standards/scs-0100-v3-flavor-naming', null, plain)).toBeNull();
    expect(sidebarNavigation('/standards/x', '2024-02-30', plain)).toBeNull();
    for (const change of [{ metaKey: true }, { ctrlKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }, { defaultPrevented: true }]) {
      expect(sidebarNavigation('/standards/x', '2024-05-01', { ...plain, ...change }), JSON.stringify(change)).toBeNull();
    }
  });
});
