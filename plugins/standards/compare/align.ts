// Which sections of two versions correspond. Pure; sections are compared by
// their heading and their words, never by their position alone.
//
// How pairs are chosen, in passes; each pass sees only the sections earlier
// passes left unpaired, and pairs one to one, best score first:
// 1. Same heading (compared without case, numbering such as "3.1" and a
//    trailing colon). Where a heading occurs more than once (two "Examples"),
//    a pair under the same parent heading scores higher, then by text.
//    A section keeps its partner when it moves, whatever its text became.
// 2. Similar text: a Dice coefficient of at least 0.5 over the sections'
//    words (each word counted as often as it occurs). This pairs renamed
//    sections, moved or not.
// 3. Similar heading and some common text: heading words at least 0.5 alike
//    and text at least 0.3 alike, or both sections empty (a renamed parent
//    heading with nothing under it).
// 4. Splits and merges: a section still unpaired joins the pair of a section
//    on the other side when at least 60 % of its words are in that section's
//    text that its partners do not already account for. So "Requirements"
//    split into "Requirements" and "Image requirements" is one row of two
//    new sections against one old one.
// Sections left over are added (newer version) or removed (older version).
// Passes 2 to 4 compare every section with every other one; above 250,000
// such pairs only pass 1 runs, and the comparison says so.
import type { DocumentSection } from './model.js';
import { bagOf, bagSize, dice, shared, subtract, words, type Bag } from './similarity.js';

export interface AlignedGroup {
  /** Indexes into the older version's sections, ascending. */
  old: number[];
  /** Indexes into the newer version's sections, ascending. */
  new: number[];
}

export interface Alignment {
  /** Every section of both versions is in exactly one group. */
  groups: AlignedGroup[];
  notes: string[];
}

export const MAX_SCORED_PAIRS = 250_000;
const TEXT_SIMILAR = 0.5;
const HEADING_SIMILAR = 0.5;
const HEADING_TEXT_SIMILAR = 0.3;
const CONTAINED = 0.6;
/** Sections shorter than this (in words) pair by text only with heading help, and never join a split. */
const MIN_WORDS = 5;

/** A heading's key for pass 1; the text before the first heading has a key of its own. */
export function headingKey(heading: string | null): string {
  if (heading === null) return '\u0000lead';
  return heading
    .toLowerCase()
    .replace(/^\(?\d+(?:\.\d+)*[.)]?\s+/, '')
    .replace(/[\s:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Info {
  key: string;
  parent: string;
  bag: Bag;
  size: number;
  headingBag: Bag;
}

function infoOf(sections: readonly DocumentSection[]): Info[] {
  const parents: Array<{ depth: number; key: string }> = [];
  return sections.map((section) => {
    while (parents.length > 0 && parents.at(-1)!.depth >= section.depth) parents.pop();
    const key = headingKey(section.heading);
    const parent = parents.at(-1)?.key ?? '';
    if (section.heading !== null) parents.push({ depth: section.depth, key });
    const bag = bagOf(words(section.text));
    return { key, parent, bag, size: bagSize(bag), headingBag: bagOf(words(section.heading ?? '')) };
  });
}

interface Candidate {
  oldIndex: number;
  newIndex: number;
  score: number;
}

export function alignSections(oldSections: readonly DocumentSection[], newSections: readonly DocumentSection[]): Alignment {
  const oldInfo = infoOf(oldSections);
  const newInfo = infoOf(newSections);
  const oldPartner = new Array<number>(oldSections.length).fill(-1);
  const newPartner = new Array<number>(newSections.length).fill(-1);
  const notes: string[] = [];
  // Relative distance of two places, to break ties towards sections that stayed where they were.
  const distance = (i: number, j: number) => Math.abs(i / Math.max(1, oldSections.length) - j / Math.max(1, newSections.length));
  const take = (candidates: Candidate[]) => {
    candidates.sort((a, b) => b.score - a.score || distance(a.oldIndex, a.newIndex) - distance(b.oldIndex, b.newIndex) || a.newIndex - b.newIndex);
    for (const { oldIndex, newIndex } of candidates) {
      if (oldPartner[oldIndex] !== -1 || newPartner[newIndex] !== -1) continue;
      oldPartner[oldIndex] = newIndex;
      newPartner[newIndex] = oldIndex;
    }
  };

  // Pass 1: same heading.
  const newByKey = new Map<string, number[]>();
  newInfo.forEach((info, j) => newByKey.set(info.key, [...(newByKey.get(info.key) ?? []), j]));
  const oldByKey = new Map<string, number[]>();
  oldInfo.forEach((info, i) => oldByKey.set(info.key, [...(oldByKey.get(info.key) ?? []), i]));
  for (const [key, olds] of oldByKey) {
    const news = newByKey.get(key);
    if (!news) continue;
    if (olds.length * news.length > MAX_SCORED_PAIRS) {
      olds.forEach((i, n) => news[n] !== undefined && take([{ oldIndex: i, newIndex: news[n]!, score: 0 }]));
      continue;
    }
    take(olds.flatMap((i) => news.map((j) => ({ oldIndex: i, newIndex: j, score: (oldInfo[i]!.parent === newInfo[j]!.parent ? 1 : 0) + dice(oldInfo[i]!.bag, newInfo[j]!.bag, oldInfo[i]!.size, newInfo[j]!.size) }))));
  }

  if (oldSections.length * newSections.length > MAX_SCORED_PAIRS) {
    notes.push(`${oldSections.length} × ${newSections.length} sections: paired by heading only, without looking for renamed, split or merged sections`);
    return { groups: groupsOf(oldPartner, newPartner, []), notes };
  }

  const unpaired = (partner: number[]) => partner.flatMap((p, index) => (p === -1 ? [index] : []));
  // Pass 2: similar text.
  const pass2: Candidate[] = [];
  for (const i of unpaired(oldPartner)) {
    if (oldInfo[i]!.size < MIN_WORDS) continue;
    for (const j of unpaired(newPartner)) {
      if (newInfo[j]!.size < MIN_WORDS) continue;
      const score = dice(oldInfo[i]!.bag, newInfo[j]!.bag, oldInfo[i]!.size, newInfo[j]!.size);
      if (score >= TEXT_SIMILAR) pass2.push({ oldIndex: i, newIndex: j, score });
    }
  }
  take(pass2);

  // Pass 3: similar heading and some common text.
  const pass3: Candidate[] = [];
  for (const i of unpaired(oldPartner)) {
    for (const j of unpaired(newPartner)) {
      const a = oldInfo[i]!;
      const b = newInfo[j]!;
      const headings = dice(a.headingBag, b.headingBag);
      if (headings < HEADING_SIMILAR) continue;
      const text = dice(a.bag, b.bag, a.size, b.size);
      if (text >= HEADING_TEXT_SIMILAR || (a.size === 0 && b.size === 0)) pass3.push({ oldIndex: i, newIndex: j, score: headings + text });
    }
  }
  take(pass3);

  // Pass 4: splits (unpaired new sections into old ones), then merges.
  const joins: Array<{ oldIndex: number; newIndex: number }> = [];
  const members = {
    ofOld: new Map<number, number[]>(oldPartner.flatMap((j, i) => (j === -1 ? [] : [[i, [j]] as [number, number[]]]))),
    ofNew: new Map<number, number[]>(newPartner.flatMap((i, j) => (i === -1 ? [] : [[j, [i]] as [number, number[]]]))),
  };
  const rest = (bag: Bag, others: number[] | undefined, info: Info[]) => (others ?? []).reduce((left, other) => subtract(left, info[other]!.bag), bag);
  for (const j of unpaired(newPartner)) {
    const b = newInfo[j]!;
    if (b.size < MIN_WORDS) continue;
    let best = { index: -1, contained: 0 };
    oldInfo.forEach((a, i) => {
      const contained = shared(rest(a.bag, members.ofOld.get(i), newInfo), b.bag) / b.size;
      if (contained > best.contained) best = { index: i, contained };
    });
    if (best.contained >= CONTAINED) {
      joins.push({ oldIndex: best.index, newIndex: j });
      members.ofOld.set(best.index, [...(members.ofOld.get(best.index) ?? []), j]);
      newPartner[j] = best.index;
    }
  }
  for (const i of unpaired(oldPartner)) {
    const a = oldInfo[i]!;
    if (a.size < MIN_WORDS || members.ofOld.has(i)) continue;
    let best = { index: -1, contained: 0 };
    newInfo.forEach((b, j) => {
      const contained = shared(rest(b.bag, members.ofNew.get(j), oldInfo), a.bag) / a.size;
      if (contained > best.contained) best = { index: j, contained };
    });
    if (best.contained >= CONTAINED) {
      joins.push({ oldIndex: i, newIndex: best.index });
      members.ofNew.set(best.index, [...(members.ofNew.get(best.index) ?? []), i]);
      oldPartner[i] = best.index;
    }
  }
  return { groups: groupsOf(oldPartner, newPartner, joins), notes };
}

/** Pairs and joins -> groups (connected sections), plus one group per section left alone. */
function groupsOf(oldPartner: number[], newPartner: number[], joins: ReadonlyArray<{ oldIndex: number; newIndex: number }>): AlignedGroup[] {
  const groupOfOld = new Map<number, AlignedGroup>();
  const groupOfNew = new Map<number, AlignedGroup>();
  const groups: AlignedGroup[] = [];
  const link = (i: number, j: number) => {
    const group = groupOfOld.get(i) ?? groupOfNew.get(j) ?? { old: [], new: [] };
    if (!groupOfOld.has(i) && !groupOfNew.has(j)) groups.push(group);
    if (!groupOfOld.has(i)) {
      group.old.push(i);
      groupOfOld.set(i, group);
    }
    if (!groupOfNew.has(j)) {
      group.new.push(j);
      groupOfNew.set(j, group);
    }
  };
  // Pairs first (one to one), then joins, which attach to a group that exists.
  const joined = new Set(joins.map((join) => `${join.oldIndex}:${join.newIndex}`));
  oldPartner.forEach((j, i) => j !== -1 && !joined.has(`${i}:${j}`) && link(i, j));
  for (const { oldIndex, newIndex } of joins) link(oldIndex, newIndex);
  oldPartner.forEach((_, i) => !groupOfOld.has(i) && groups.push({ old: [i], new: [] }));
  newPartner.forEach((_, j) => !groupOfNew.has(j) && groups.push({ old: [], new: [j] }));
  for (const group of groups) {
    group.old.sort((a, b) => a - b);
    group.new.sort((a, b) => a - b);
  }
  return groups;
}
