// The word-level diff of two texts, with jsdiff (`diff` on npm). Words and
// punctuation marks are the units; white space is kept as written.
import { diffWords } from 'diff';
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
  const changes = diffWords(oldText, newText, { maxEditLength });
  if (!changes) return [{ op: '-', text: oldText }, { op: '+', text: newText }];
  const parts: DiffPart[] = [];
  for (const change of changes) {
    const op = change.added ? '+' : change.removed ? '-' : '=';
    const last = parts.at(-1);
    if (last && last.op === op) last.text += change.value;
    else if (change.value) parts.push({ op, text: change.value });
  }
  return parts;
}

/** The older text (`-`) or the newer (`+`) back from the parts. */
export function sideText(parts: readonly DiffPart[], side: '-' | '+'): string {
  return parts.filter((part) => part.op === '=' || part.op === side).map((part) => part.text).join('');
}
