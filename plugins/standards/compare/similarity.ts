// How alike two texts are, by their words: the measures the alignment of
// sections and the pairing of requirement sentences use.

/** Lower-case words (letters and digits); Markdown punctuation is not a word. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export type Bag = Map<string, number>;

export function bagOf(tokens: readonly string[]): Bag {
  const bag: Bag = new Map();
  for (const token of tokens) bag.set(token, (bag.get(token) ?? 0) + 1);
  return bag;
}

export function bagSize(bag: Bag): number {
  let size = 0;
  for (const count of bag.values()) size += count;
  return size;
}

/** Words two bags share, counted as often as both have them. */
export function shared(a: Bag, b: Bag): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const [token, n] of small) count += Math.min(n, large.get(token) ?? 0);
  return count;
}

/** Dice coefficient of the two bags: 1 for the same words, 0 for none in common. */
export function dice(a: Bag, b: Bag, sizeA = bagSize(a), sizeB = bagSize(b)): number {
  return sizeA + sizeB === 0 ? 0 : (2 * shared(a, b)) / (sizeA + sizeB);
}

/** `a` minus `b`, as multisets. */
export function subtract(a: Bag, b: Bag): Bag {
  const rest: Bag = new Map();
  for (const [token, n] of a) {
    const left = n - (b.get(token) ?? 0);
    if (left > 0) rest.set(token, left);
  }
  return rest;
}
