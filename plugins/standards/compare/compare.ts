// Two versions of a document -> rows of corresponding sections with their
// word diff, and the summary a reviewer reads first. Pure and browser-safe:
// it works on the plain data of ./sections.ts.
import { alignSections, MAX_SCORED_PAIRS, type AlignedGroup } from './align.js';
import type {
  ChangedRequirement,
  ComparableDocument,
  ComparedRow,
  Comparison,
  ComparisonSummary,
  DocumentInfo,
  DocumentSection,
  RequirementRef,
  SectionChange,
  SectionRef,
} from './model.js';
import { bagOf, dice, words } from './similarity.js';
import { diffText } from './word-diff.js';

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Requirement sentences at least this alike (by words) are one requirement changed, not one removed and one added. */
const REQUIREMENT_SIMILAR = 0.5;

const info = (document: ComparableDocument): DocumentInfo => ({ id: document.id, label: document.label, title: document.title, version: document.version });
const ref = (section: DocumentSection): SectionRef => ({ heading: section.heading, depth: section.depth, anchor: section.anchor, line: section.line });

/** The text of a row's side: the first section's text, then each further section with its heading line. */
export function groupText(sections: readonly DocumentSection[]): string {
  // One section (nearly every row): its own string, which the comparison's parts are cut from (word-diff.ts).
  if (sections.length === 1) return sections[0]!.text;
  return sections
    .map((section, index) => (index === 0 || section.heading === null ? section.text : `${'#'.repeat(section.depth)} ${section.heading}${section.text ? `\n\n${section.text}` : ''}`))
    .filter(Boolean)
    .join('\n\n');
}

export function compareDocuments(from: ComparableDocument, to: ComparableDocument): Comparison {
  const alignment = alignSections(from.sections, to.sections);
  const groups = orderGroups(alignment.groups);
  const moved = movedGroups(groups);
  const rows = groups.map((group, index): ComparedRow => {
    const olds = group.old.map((i) => from.sections[i]!);
    const news = group.new.map((j) => to.sections[j]!);
    const renamed = olds.length === 1 && news.length === 1 && olds[0]!.heading !== news[0]!.heading;
    const [oldText, newText] = [groupText(olds), groupText(news)];
    // White space aside: a re-wrapped paragraph is the same text.
    const sameText = squeeze(oldText) === squeeze(newText);
    const kind =
      news.length === 0 ? 'removed' : olds.length === 0 ? 'added' : olds.length === 1 && news.length === 1 && !renamed && olds[0]!.depth === news[0]!.depth && sameText ? 'unchanged' : 'changed';
    return { kind, old: olds.map(ref), new: news.map(ref), renamed, moved: moved.has(index), textChanged: !sameText, parts: diffText(oldText, newText) };
  });
  const notes = [
    ...[from, to].flatMap((document) => (document.problem ? [`${document.label}: ${document.problem}`] : [])),
    ...alignment.notes,
  ];
  const requirements = compareRequirements(from, to, groups, notes);
  return { from: info(from), to: info(to), rows, summary: { sections: summarizeSections(rows), requirements }, notes };
}

/**
 * Rows in the order of the newer version; a removed section right after the
 * row that holds the section before it in the older version (the older
 * version's first sections first).
 */
function orderGroups(groups: readonly AlignedGroup[]): AlignedGroup[] {
  const kept = groups.filter((group) => group.new.length > 0).sort((a, b) => a.new[0]! - b.new[0]!);
  const removed = groups.filter((group) => group.new.length === 0).sort((a, b) => a.old[0]! - b.old[0]!);
  const groupOfOld = new Map<number, AlignedGroup>();
  for (const group of kept) for (const i of group.old) groupOfOld.set(i, group);
  const after = new Map<AlignedGroup | null, AlignedGroup[]>();
  for (const group of removed) {
    const i = group.old[0]!;
    // Every older section before this one is in a row already (kept, or removed and placed earlier).
    const anchor = i === 0 ? null : groupOfOld.get(i - 1)!;
    after.set(anchor, [...(after.get(anchor) ?? []), group]);
    groupOfOld.set(i, group);
  }
  const ordered: AlignedGroup[] = [];
  const emit = (group: AlignedGroup | null) => {
    if (group) ordered.push(group);
    for (const next of after.get(group) ?? []) emit(next);
  };
  emit(null);
  for (const group of kept) emit(group);
  return ordered;
}

/**
 * Rows whose sections changed place: among the rows in both versions, the
 * longest run that keeps the older version's order stays; the others moved.
 */
function movedGroups(groups: readonly AlignedGroup[]): Set<number> {
  const both = groups.flatMap((group, index) => (group.old.length > 0 && group.new.length > 0 ? [{ index, old: group.old[0]! }] : []));
  // Longest increasing subsequence by patience sorting, with links back to rebuild it.
  const tails: number[] = [];
  const previous = new Array<number>(both.length).fill(-1);
  both.forEach((item, k) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (both[tails[middle]!]!.old < item.old) low = middle + 1;
      else high = middle;
    }
    previous[k] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = k;
  });
  const stayed = new Set<number>();
  for (let k = tails.at(-1) ?? -1; k !== -1; k = previous[k]!) stayed.add(k);
  return new Set(both.flatMap((item, k) => (stayed.has(k) ? [] : [item.index])));
}

function summarizeSections(rows: readonly ComparedRow[]): ComparisonSummary['sections'] {
  const summary: ComparisonSummary['sections'] = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const row of rows) {
    if (row.kind === 'added') summary.added.push(...row.new);
    else if (row.kind === 'removed') summary.removed.push(...row.old);
    else if (row.kind === 'unchanged' && !row.moved) summary.unchanged++;
    else summary.changed.push({ old: row.old, new: row.new, how: howChanged(row) });
  }
  return summary;
}

function howChanged(row: ComparedRow): SectionChange['how'] {
  const how: string[] = [];
  if (row.renamed) how.push('renamed');
  if (row.old.length === 1 && row.new.length === 1 && row.old[0]!.depth !== row.new[0]!.depth) how.push('level changed');
  if (row.new.length > 1) how.push('split');
  if (row.old.length > 1) how.push('merged');
  if (row.moved) how.push('moved');
  if (row.textChanged) how.push('text changed');
  return how;
}

interface Placed {
  requirement: RequirementRef;
  row: number;
  key: string;
}

/**
 * Requirement sentences of both versions: the same text (white space aside)
 * anywhere in the other version is unchanged, even in another section; then
 * sentences at least 0.5 alike are paired as changed, best first, those of
 * corresponding sections before others; the rest were added or removed.
 */
function compareRequirements(from: ComparableDocument, to: ComparableDocument, groups: readonly AlignedGroup[], notes: string[]): ComparisonSummary['requirements'] {
  const place = (document: ComparableDocument, side: 'old' | 'new'): Placed[] => {
    const rowOf = new Map<number, number>();
    groups.forEach((group, row) => group[side].forEach((index) => rowOf.set(index, row)));
    return document.sections.flatMap((section, index) =>
      section.requirements.map((requirement) => ({
        // Written out, not spread: on Node 20 (V8 11) a spread object gets a hidden class of its own, about 200 bytes
        // more per object, and a build keeps these (tens of thousands per 1,000 documents) with their comparison.
        requirement: { text: requirement.text, keywords: requirement.keywords, line: requirement.line, section: section.heading },
        row: rowOf.get(index) ?? -1, key: requirement.text.replace(/\s+/g, ' ').trim() })),
    );
  };
  let olds = place(from, 'old');
  let news = place(to, 'new');
  let unchanged = 0;
  // Same text: first in the same row, then anywhere.
  for (const sameRow of [true, false]) {
    const byKey = new Map<string, Placed[]>();
    for (const item of news) byKey.set(item.key, [...(byKey.get(item.key) ?? []), item]);
    const matched = new Set<Placed>();
    olds = olds.filter((old) => {
      const candidates = byKey.get(old.key)?.filter((item) => !matched.has(item) && (!sameRow || item.row === old.row));
      const match = candidates?.[0];
      if (!match) return true;
      matched.add(match);
      unchanged++;
      return false;
    });
    news = news.filter((item) => !matched.has(item));
  }
  const changed: ChangedRequirement[] = [];
  if (olds.length * news.length > MAX_SCORED_PAIRS) {
    notes.push(`${olds.length} × ${news.length} requirement sentences differ: not paired as changed, listed as removed and added`);
  } else {
    const bags = new Map<Placed, ReturnType<typeof bagOf>>([...olds, ...news].map((item) => [item, bagOf(words(item.requirement.text))]));
    const candidates: Array<{ old: Placed; new: Placed; score: number }> = [];
    for (const old of olds) {
      for (const item of news) {
        const score = dice(bags.get(old)!, bags.get(item)!);
        if (score >= REQUIREMENT_SIMILAR) candidates.push({ old, new: item, score: score + (old.row === item.row ? 0.1 : 0) });
      }
    }
    candidates.sort((a, b) => b.score - a.score);
    const used = new Set<Placed>();
    for (const candidate of candidates) {
      if (used.has(candidate.old) || used.has(candidate.new)) continue;
      used.add(candidate.old);
      used.add(candidate.new);
      changed.push({ old: candidate.old.requirement, new: candidate.new.requirement, parts: diffText(candidate.old.requirement.text, candidate.new.requirement.text) });
    }
    olds = olds.filter((item) => !used.has(item));
    news = news.filter((item) => !used.has(item));
  }
  changed.sort((a, b) => a.new.line - b.new.line);
  return { added: news.map((item) => item.requirement), removed: olds.map((item) => item.requirement), changed, unchanged };
}
