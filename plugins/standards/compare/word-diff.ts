// The word-level diff of two texts, with jsdiff (`diff` on npm). Words,
// punctuation marks and runs of white space are the units, so each side's
// text comes back exactly as written (jsdiff's diffWords would give the
// unchanged runs the newer version's white space).
import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from './model.js';

/**
 * Work is bounded: jsdiff's cost grows with the text's length times the
 * number of edits, so the edits it may look for shrink as texts grow (about
 * 50 million steps at most). Past that bound the older text is shown deleted
 * and the newer inserted, whole: still correct, only coarser.
 */
const MAX_STEPS = 50_000_000;

export function diffText(oldText: string, newText: string): DiffPart[] {
  if (oldText === newText) return oldText ? [{ op: '=', text: oldText }] : [];
  if (!oldText) return [{ op: '+', text: newText }];
  if (!newText) return [{ op: '-', text: oldText }];
  const tokens = (oldText.length + newText.length) / 4;
  const maxEditLength = Math.max(100, Math.min(20_000, Math.floor(MAX_STEPS / Math.max(1, tokens))));
  const changes = diffWordsWithSpace(oldText, newText, { maxEditLength });
  if (!changes) return [{ op: '-', text: oldText }, { op: '+', text: newText }];
  const parts: DiffPart[] = [];
  for (const change of changes) {
    const op = change.added ? '+' : change.removed ? '-' : '=';
    const last = parts.at(-1);
    if (last && last.op === op) last.text += change.value;
    else if (change.value) parts.push({ op, text: change.value });
  }
  return joinReplacements(parts);
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

