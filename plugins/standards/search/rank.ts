// The order of search hits a reader sees, decided in the browser on the day of
// the search: Pagefind ranks by the words, this file adds what the words cannot
// know. Pure (no Pagefind, no DOM), so it is tested without a browser and runs
// in the client, where the lifecycle states are computed for today.
import type { CalendarDate } from '../model/front-matter-schema.js';
import { currentVersion, lifecycleStateAt } from '../model/lifecycle.js';

export { today } from '../model/lifecycle.js';
import { LIFECYCLE_STATES, STATUSES, type LifecycleState, type Status } from '../model/vocabulary.js';
import { stateOrderOf } from './state-order.js';

/** What a page says about itself for ranking (Pagefind meta or the JSON API), all optional. */
export interface HitFacts {
  /** `scs-0100-v3`, `scs-0100-w1`; null for handbook pages. */
  shortId: string | null;
  /** `scs-0100`; null for proposals and handbook pages. */
  standard: string | null;
  kind: 'document' | 'supplement' | 'proposal' | null;
  status: Status | null;
  stabilizedAt: CalendarDate | null;
  deprecatedAt: CalendarDate | null;
}

export interface RankedHit extends HitFacts {
  url: string;
  /** Pagefind's score; null for hits found by id. */
  score: number | null;
}

export interface IdQuery {
  /** `scs-0100` */
  standard: string;
  /** `scs-0100-v2` or `scs-0100-w1` when the query names one version or supplement. */
  version: string | null;
}

/**
 * A query that is a standard's or a version's id: `scs-0100`, `0100`,
 * `scs-0100-v2`, `0100-w1`, any case, a file name slug or `.md` allowed after it.
 */
export function parseIdQuery(query: string | null): IdQuery | null {
  const match = /^(?:scs[-_ ])?(\d{4})(?:[-_ ]([vw])(\d+)(?:-[a-z0-9-]*)?(?:\.md)?)?$/i.exec(query?.trim() ?? '');
  if (!match) return null;
  const standard = `scs-${match[1]}`;
  return { standard, version: match[2] ? `${standard}-${match[2].toLowerCase()}${Number(match[3])}` : null };
}

/** The version number of `scs-0100-v3`, null for supplements and other ids. */
export function versionNumber(shortId: string | null): number | null {
  const match = /-v(\d+)$/i.exec(shortId ?? '');
  return match ? Number(match[1]) : null;
}

/** The state of a hit on `date`, computed by the model; null for supplements and pages without a status. */
export function hitState(hit: HitFacts, date: CalendarDate): LifecycleState | null {
  if (hit.kind === 'supplement' || hit.status === null) return null;
  return lifecycleStateAt(hit, date);
}

/** The words shown beside a hit for its state on `date`. */
export function hitStateLabel(hit: HitFacts, date: CalendarDate): string | null {
  if (hit.kind === 'supplement') return 'Supplement';
  const state = hitState(hit, date);
  return state === null ? null : LIFECYCLE_STATES[state].label;
}

/** Reads a status written as text (Pagefind meta), null unless it is one of ours. */
export function toStatus(text: string | null | undefined): Status | null {
  return (STATUSES as readonly string[]).includes(text ?? '') ? (text as Status) : null;
}

/**
 * Siblings rank by state only when their scores are alike: a sibling keeps its
 * place above a version in force that it matches more than this many times better.
 */
export const ALIKE_SCORE_RATIO = 2;

function stateOrder(hit: RankedHit, date: CalendarDate): number {
  return stateOrderOf(hitState(hit, date));
}

/**
 * Within each standard, a version moves above a sibling when its state comes
 * first (in force, then on its way in, then on its way out) and the two match
 * alike; the group keeps the places it held, so other hits do not move.
 * Supplements, proposals and pages without a standard never move.
 */
export function rankSiblings<T extends RankedHit>(hits: readonly T[], date: CalendarDate): T[] {
  const result = [...hits];
  const groups = new Map<string, number[]>();
  hits.forEach((hit, index) => {
    if (hit.standard === null || hit.kind !== 'document' || hit.score === null) return;
    groups.set(hit.standard, [...(groups.get(hit.standard) ?? []), index]);
  });
  const passes = (hit: T, above: T) => stateOrder(hit, date) < stateOrder(above, date) && hit.score! * ALIKE_SCORE_RATIO >= above.score!;
  for (const positions of groups.values()) {
    // Insertion in the words' order: each version climbs over the siblings it passes, and stops at the first it does not.
    const ordered: T[] = [];
    for (const index of positions) {
      const hit = hits[index]!;
      let at = ordered.length;
      while (at > 0 && passes(hit, ordered[at - 1]!)) at--;
      ordered.splice(at, 0, hit);
    }
    positions.forEach((index, i) => (result[index] = ordered[i]!));
  }
  return result;
}

/**
 * Hits found by an id query, best first: the named version or supplement; for
 * a bare standard id the version current on `date` (the newest in force, as
 * the model defines it), then the other versions by state, then supplements.
 */
export function rankIdHits<T extends RankedHit>(hits: readonly T[], query: IdQuery, date: CalendarDate): T[] {
  const own = hits.filter((hit) => hit.standard === query.standard);
  const versions = own.filter((hit) => hit.kind === 'document' && versionNumber(hit.shortId) !== null);
  const current = currentVersion(
    versions.map((hit) => ({ hit, status: hit.status, stabilizedAt: hit.stabilizedAt, deprecatedAt: hit.deprecatedAt, version: versionNumber(hit.shortId)! })),
    date,
  )?.hit;
  const order = (hit: T) =>
    hit.shortId === query.version ? 0 : query.version === null && hit === current ? 1 : hit.kind === 'document' ? 2 + stateOrder(hit, date) : 10;
  return own
    .map((hit, index) => ({ hit, index }))
    .sort((a, b) => order(a.hit) - order(b.hit) || (versionNumber(b.hit.shortId) ?? 0) - (versionNumber(a.hit.shortId) ?? 0) || a.index - b.index)
    .map(({ hit }) => hit);
}

/**
 * The list a reader sees: for an id query, the hits of that standard first
 * (found by id, or among the text hits), then the text hits with siblings
 * ranked by state; each page once.
 */
export function orderHits<T extends RankedHit>(textHits: readonly T[], idHits: readonly T[], query: IdQuery | null, date: CalendarDate): T[] {
  const text = rankSiblings(textHits, date);
  if (query === null) return text;
  // A page found both ways is listed once, with what the text search knows (its excerpt).
  const byUrl = new Map(text.map((hit) => [hit.url, hit]));
  const found = [...idHits.map((hit) => byUrl.get(hit.url) ?? hit), ...text.filter((hit) => !idHits.some((other) => other.url === hit.url))];
  const first = rankIdHits(found, query, date);
  return [...first, ...text.filter((hit) => !first.includes(hit))];
}
