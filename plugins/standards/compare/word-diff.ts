// The word-level diff of two texts, with jsdiff (`diff` on npm), in two steps
// as reviewers read it: first by lines, then by words inside each run of
// changed lines. Words, punctuation marks and runs of white space are the
// units of the second step, so each side's text comes back exactly as written
// (jsdiff's diffWords would give unchanged runs the newer version's white space).
import { diffLines, diffWordsWithSpace } from 'diff';
import type { DiffPart } from './model.js';
import { bagOf, dice, words } from './similarity.js';

/**
 * Below this share of common words (Dice coefficient) a run of changed lines
 * is shown as replaced, whole: a word diff of a rewritten paragraph is a
 * confetti of short runs, and the slowest case for jsdiff, whose cost grows
 * with the length times the number of edits.
 */
export const DISSIMILAR = 0.5;

/** Bound on jsdiff's work per run of changed lines (about 50 million steps); past it, the run is shown replaced. */
const MAX_STEPS = 50_000_000;

export function diffText(oldText: string, newText: string): DiffPart[] {
  if (oldText === newText) return oldText ? [{ op: '=', text: oldText }] : [];
  if (!oldText) return [{ op: '+', text: newText }];
  if (!newText) return [{ op: '-', text: oldText }];
  const parts: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed && added) parts.push(...diffWordsOf(removed, added));
    else if (removed) parts.push({ op: '-', text: removed });
    else if (added) parts.push({ op: '+', text: added });
    removed = added = '';
  };
  for (const change of diffLines(oldText, newText)) {
    if (change.removed) removed += change.value;
    else if (change.added) added += change.value;
    else {
      flush();
      parts.push({ op: '=', text: change.value });
    }
  }
  flush();
  return cutFrom(merge(parts), oldText, newText);
}

/**
 * The parts with each text cut from the side it comes from (`=` and `-` from
 * the older text, `+` from the newer) instead of the strings jsdiff and the
 * merging built: the same text, but a cut shares the compared text's memory
 * where a built string is a copy, and a build keeps every comparison until
 * its pages are written (docusaurus/diff-props.ts). A part that does not
 * match its place (which would be a bug) keeps its own text.
 */
function cutFrom(parts: DiffPart[], oldText: string, newText: string): DiffPart[] {
  let oldAt = 0;
  let newAt = 0;
  for (const part of parts) {
    const length = part.text.length;
    const cut = part.op === '+' ? newText.slice(newAt, newAt + length) : oldText.slice(oldAt, oldAt + length);
    if (part.op !== '+') oldAt += length;
    if (part.op !== '-') newAt += length;
    if (cut === part.text) part.text = cut;
  }
  return parts;
}

function diffWordsOf(oldText: string, newText: string): DiffPart[] {
  const replaced: DiffPart[] = [
    { op: '-', text: oldText },
    { op: '+', text: newText },
  ];
  if (dice(bagOf(words(oldText)), bagOf(words(newText))) < DISSIMILAR) return replaced;
  const tokens = (oldText.length + newText.length) / 4;
  const maxEditLength = Math.max(100, Math.min(20_000, Math.floor(MAX_STEPS / Math.max(1, tokens))));
  const changes = diffWordsWithSpace(oldText, newText, { maxEditLength });
  if (!changes) return replaced;
  return joinReplacements(merge(changes.map((change) => ({ op: change.added ? '+' : change.removed ? '-' : '=', text: change.value }))));
}

/** Adjacent parts of the same kind as one. */
function merge(parts: readonly DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && last.op === part.op) last.text += part.text;
    else if (part.text) merged.push({ ...part });
  }
  return merged;
}

const SPACE = /^\s+$/;

/**
 * With white space as units, a replaced phrase comes back word by word
 * (`-MAY +MUST = -offer +NOT …`) because the spaces between its words match.
 * A run of changes whose only common parts are white space is shown as one
 * deletion and one insertion, each with its side's text exactly.
 */
function joinReplacements(parts: DiffPart[]): DiffPart[] {
  const joined: DiffPart[] = [];
  let index = 0;
  while (index < parts.length) {
    if (parts[index]!.op === '=') {
      joined.push(parts[index++]!);
      continue;
    }
    // The longest run from here of changes and white space between changes.
    let end = index;
    while (end + 1 < parts.length && (parts[end + 1]!.op !== '=' || (SPACE.test(parts[end + 1]!.text) && parts[end + 2] !== undefined && parts[end + 2]!.op !== '='))) end++;
    const run = parts.slice(index, end + 1);
    if (run.some((part) => part.op === '-') && run.some((part) => part.op === '+')) {
      joined.push({ op: '-', text: run.filter((part) => part.op !== '+').map((part) => part.text).join('') });
      joined.push({ op: '+', text: run.filter((part) => part.op !== '-').map((part) => part.text).join('') });
    } else {
      joined.push(...run);
    }
    index = end + 1;
  }
  return joined;
}

/** The older text (`-`) or the newer (`+`) back from the parts. */
export function sideText(parts: readonly DiffPart[], side: '-' | '+'): string {
  return parts.filter((part) => part.op === '=' || part.op === side).map((part) => part.text).join('');
}
