// The order in which versions of one standard are listed when a query matches
// them alike: in force first, then on their way in, then on their way out.
// One table for the offline search (rank.ts, in the browser) and the Algolia
// records (their `stateRank` custom ranking). Imports only types, so the
// browser bundle stays small.
import type { LifecycleState } from '../model/vocabulary.js';

export const STATE_ORDER: Record<LifecycleState, number> = {
  effective: 0,
  'deprecation-scheduled': 1,
  'effective-soon': 2,
  draft: 3,
  deprecated: 4,
  rejected: 5,
};

/** Supplements and documents without a valid status come after every state. */
export const NO_STATE_ORDER = 6;

export function stateOrderOf(state: LifecycleState | null): number {
  return state === null ? NO_STATE_ORDER : STATE_ORDER[state];
}
