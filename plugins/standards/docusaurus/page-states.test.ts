// The browser's states against the model's: for every document, status page,
// track and the overview of our corpus, the props built for one day and then
// recomputed in the browser's way for another day equal the props built for
// that other day, on a few hundred days around every dated transition.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, stateChangeDays } from '../model/lifecycle.js';
import { allStandards, type Registry } from '../model/registry.js';
import { loadCorpus } from '../parse/load-corpus.js';
import { toDocumentPageProp } from './document-props.js';
import { toOverviewProp, toStatusPageProp, toTrackPageProp, type OverviewRow } from './page-props.js';
import { documentPageAt, overviewAt, statusPageAt, trackPageAt } from './page-states.js';

const CORPUS = path.resolve(__dirname, '../../../Standards');
/** The day the "HTML" is built for; every other day is computed from it. */
const BUILD_DAY = '2024-01-15';

let registry: Registry;
let days: string[];

beforeAll(async () => {
  ({ registry } = await loadCorpus(CORPUS));
  // Every day a state may change, the day before it, and every 25th day from 2019 to 2031.
  const changes = stateChangeDays(registry.documents);
  const regular = Array.from({ length: 12 * 365 / 25 + 1 }, (_, index) => addDays('2019-01-01', index * 25));
  days = [...new Set([...changes, ...changes.map((day) => addDays(day, -1)), ...regular])].sort();
});

describe('states computed in the browser', () => {
  it('uses a few hundred days, among them every day a state of the corpus changes', () => {
    expect(days.length).toBeGreaterThan(200);
    expect(registry.documents.length).toBeGreaterThan(20);
  });

  it('gives every document page the banner, state and links the model gives on that day', () => {
    let compared = 0;
    for (const document of registry.documents) {
      if (document.kind === 'template') continue;
      const built = toDocumentPageProp(registry, document, BUILD_DAY);
      for (const day of days) {
        expect(documentPageAt(built, day), `${document.fileName} on ${day}`).toEqual(toDocumentPageProp(registry, document, day));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('gives every status page the current version and version states the model gives on that day', () => {
    for (const standard of allStandards(registry)) {
      const built = toStatusPageProp(registry, standard, BUILD_DAY);
      for (const day of days) {
        const { current, versions, supplements, title, description } = toStatusPageProp(registry, standard, day);
        const computed = statusPageAt(built, day);
        expect(
          { current: computed.current, versions: computed.versions, supplements: computed.supplements, title: computed.title, description: computed.description },
          `${standard.id} on ${day}`,
        ).toEqual({
          current,
          versions,
          supplements,
          title,
          description,
        });
      }
    }
  });

  it('gives every track page the current versions the model gives on that day', () => {
    for (const { track } of registry.tracks) {
      const built = toTrackPageProp(registry, track, BUILD_DAY);
      for (const day of days) {
        const expected = toTrackPageProp(registry, track, day);
        const computed = trackPageAt(built, day);
        const asLink = (row: (typeof expected.standards)[number]['current']) =>
          row && { id: row.id, label: row.label, title: row.title, url: row.url, state: row.state, stateLabel: row.stateLabel, dates: row.dates };
        expect(computed.currents, `${track.name} on ${day}`).toEqual(expected.standards.map((standard) => asLink(standard.current)));
        const heading = (standard: { id: string; title: string; description: string | null }) => ({ id: standard.id, title: standard.title, description: standard.description });
        expect(computed.standards.map(heading), `${track.name} on ${day}`).toEqual(expected.standards.map(heading));
        expect(computed.proposals).toEqual(expected.proposals);
      }
    }
  });

  it('gives the overview the columns, notes, current versions, titles and descriptions the model gives on that day', () => {
    const built = toOverviewProp(registry, BUILD_DAY);
    const shown = (row: OverviewRow) => ({ id: row.id, title: row.title, description: row.description, versions: row.versions });
    for (const day of days) {
      expect(overviewAt(built, day).rows.map(shown), day).toEqual(toOverviewProp(registry, day).rows.map(shown));
    }
  });

  it('shows titles and descriptions of other days in the corpus, so the comparison above is not vacuous', () => {
    const built = toOverviewProp(registry, BUILD_DAY);
    const differing = days.filter((day) => toOverviewProp(registry, day).rows.some((row, index) => row.title !== built.rows[index]!.title || row.description !== built.rows[index]!.description));
    expect(differing.length).toBeGreaterThan(10);
  });
});
