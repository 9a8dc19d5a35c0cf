// The one table of status changes a version may make. The lifecycle command
// applies them, the base-branch checks compare against them, and the handbook
// describes them (docs/lifecycle.md, "Transitions").
import type { FrontMatterKey } from './front-matter-schema.js';
import type { Status } from './vocabulary.js';

export const TRANSITIONS = [
  { command: 'stabilize', from: 'Draft', to: 'Stable', dateField: 'stabilized_at' },
  { command: 'deprecate', from: 'Stable', to: 'Deprecated', dateField: 'deprecated_at' },
  { command: 'reject', from: 'Draft', to: 'Rejected', dateField: 'rejected_at' },
] as const satisfies ReadonlyArray<{ command: string; from: Status; to: Status; dateField: FrontMatterKey }>;

export type Transition = (typeof TRANSITIONS)[number];
export type TransitionCommand = Transition['command'];
export const TRANSITION_COMMANDS = TRANSITIONS.map((transition) => transition.command) as TransitionCommand[];

/** The date fields a status change sets; once set and passed they are history. */
export const LIFECYCLE_DATE_FIELDS = TRANSITIONS.map((transition) => transition.dateField);

export function transitionFor(command: string): Transition | undefined {
  return TRANSITIONS.find((transition) => transition.command === command);
}

/** Whether a version may go from one status to another in one step (staying put is always allowed). */
export function isAllowedStatusChange(from: Status, to: Status): boolean {
  return from === to || TRANSITIONS.some((transition) => transition.from === from && transition.to === to);
}

/** Whether `to` is reachable from `from` through more than one step (a skipped status) rather than going back. */
export function isSkippedStatusChange(from: Status, to: Status): boolean {
  if (isAllowedStatusChange(from, to)) return false;
  const reachable = new Set<Status>([from]);
  for (let step = 0; step < TRANSITIONS.length; step += 1) {
    for (const transition of TRANSITIONS) if (reachable.has(transition.from)) reachable.add(transition.to);
  }
  return reachable.has(to);
}

/** Why a version with status `from` cannot take transition `transition`, in words a maintainer can act on. */
export function whyNot(transition: Transition, from: Status): string {
  const allowed = TRANSITIONS.filter((candidate) => candidate.from === from).map((candidate) => candidate.command);
  const next = allowed.length > 0 ? `from ${from} the next step is ${allowed.join(' or ')}` : `${from} is final: there is no way back, a returning idea starts a new version or a new proposal`;
  return `${transition.command} moves a version from ${transition.from} to ${transition.to}, but its status is ${from}; ${next}`;
}
