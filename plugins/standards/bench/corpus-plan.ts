// The shape of a synthetic corpus before any text is written: which standards
// exist, how many versions each has, their statuses, dates and the
// replaces / replaced_by / supplements links between them. Everything here is
// chosen so the corpus passes the lifecycle and cross-document rules.
import { REQUIRED_SECTIONS, TRACKS } from '../model/vocabulary.js';
import type { DocumentType, Status, TrackName } from '../model/vocabulary.js';
import { capitalize, headingText, topicWords } from './prose.js';
import { createRandom } from './random.js';
import type { Random } from './random.js';

export interface PlannedDocument {
  fileName: string;
  number: string;
  kind: 'document' | 'supplement';
  version: number;
  title: string;
  type: DocumentType;
  status: Status | null;
  track: TrackName;
  description: string;
  stabilizedAt: string | null;
  deprecatedAt: string | null;
  rejectedAt: string | null;
  replaces: string[];
  replacedBy: string[];
  supplements: string[];
  authors: string[];
  /** Level-2 headings in order; their anchors are what other documents link to. */
  sections: string[];
}

/** 6 tracks x 10 leading digits x 100 numbers: the room the NNNN scheme leaves. */
const NUMBER_CAPACITY = TRACKS.length * 10 * 100;

/** Plans exactly `count` documents (versions and supplements). Pure and deterministic. */
export function planCorpus(count: number, seed: number): PlannedDocument[] {
  const random = createRandom(seed);
  const documents: PlannedDocument[] = [];
  for (let index = 0; documents.length < count; index++) {
    if (index >= NUMBER_CAPACITY) throw new Error(`planCorpus: ${count} documents do not fit into ${NUMBER_CAPACITY} standard numbers`);
    const room = count - documents.length;
    documents.push(...planStandard(random, numberAt(index), room));
  }
  return documents;
}

/** Numbers in the order 0000, 0100, ..., 0500, 0001, ...: every track early, all ten leading digits late. */
function numberAt(index: number): string {
  const track = index % TRACKS.length;
  const rest = Math.floor(index / TRACKS.length);
  const lastTwo = rest % 100;
  const first = Math.floor(rest / 100);
  return `${first}${track}${String(lastTwo).padStart(2, '0')}`;
}

function planStandard(random: Random, number: string, room: number): PlannedDocument[] {
  const track = TRACKS[Number(number.charAt(1))]!;
  const type = pickType(random, track.name);
  const words = topicWords(random, random.int(2, 3));
  const slug = words.join('-');
  const title = `SCS ${words.map(capitalize).join(' ')} ${type === 'Decision Record' ? 'Decision' : type === 'Procedural' ? 'Procedure' : 'Standard'}`;
  const versionCount = Math.min(room, random.pick([1, 1, 1, 1, 2, 2, 2, 3, 3, 4]));
  const lifecycles = planLifecycles(random, versionCount, type);
  const fileNameOf = (version: number) => `scs-${number}-v${version}-${slug}.md`;
  const common = { number, track: track.name, authors: [`SCS ${track.name} Team`] };
  const versions: PlannedDocument[] = lifecycles.map((lifecycle, i) => {
    const version = i + 1;
    return {
      ...common,
      ...lifecycle,
      fileName: fileNameOf(version),
      kind: 'document',
      version,
      title,
      type,
      description: `Version ${version} of the rules for ${words.join(' and ')} on SCS clouds.`,
      replaces: version > 1 ? [fileNameOf(version - 1)] : [],
      replacedBy: lifecycle.status === 'Deprecated' && version < versionCount ? [fileNameOf(version + 1)] : [],
      supplements: [],
      sections: planSections(random, type),
    };
  });
  // A supplement that names the last two versions, when there are two and room for it.
  if (versionCount >= 2 && room > versionCount && random.chance(0.3)) {
    versions.push({
      ...common,
      fileName: `scs-${number}-w1-${slug}-implementation-notes.md`,
      kind: 'supplement',
      version: 1,
      title: `${title}: Implementation Notes`,
      type: 'Supplement',
      status: null,
      description: `Notes for implementing the ${words.join(' and ')} rules, valid for several versions.`,
      stabilizedAt: null,
      deprecatedAt: null,
      rejectedAt: null,
      replaces: [],
      replacedBy: [],
      supplements: versions.slice(-2).map((document) => document.fileName),
      sections: planSections(random, 'Supplement'),
    });
  }
  return versions;
}

function pickType(random: Random, track: TrackName): DocumentType {
  if (track === 'Global') return random.pick(['Procedural', 'Procedural', 'Standard', 'Decision Record'] as const);
  if (track === 'Scopes') return 'Standard';
  return random.pick(['Standard', 'Standard', 'Decision Record'] as const);
}

type Lifecycle = Pick<PlannedDocument, 'status' | 'stabilizedAt' | 'deprecatedAt' | 'rejectedAt'>;

const PAST = (month: number) => dateAt(2018, month, 1);

/**
 * Statuses along one chain: older versions Deprecated (one perhaps only from a
 * future day), the newest Stable or Draft; a single version may also be
 * Rejected, Deprecated, or Stable from a future day.
 */
function planLifecycles(random: Random, count: number, type: DocumentType): Lifecycle[] {
  const none = { status: null, stabilizedAt: null, deprecatedAt: null, rejectedAt: null };
  // Months after 2018-01: versions a year or so apart, all before 2025.
  let month = random.int(0, 36);
  const starts: number[] = [];
  for (let i = 0; i < count; i++) {
    starts.push(month);
    month += random.int(9, 14);
  }
  const stable = (i: number): Lifecycle => ({ ...none, status: 'Stable', stabilizedAt: PAST(starts[i]!) });
  const deprecatedPast = (i: number): Lifecycle => ({
    ...stable(i),
    status: 'Deprecated',
    deprecatedAt: PAST((starts[i + 1] ?? starts[i]! + 12) + random.int(3, 6)),
  });
  if (count === 1) {
    const roll = random.next();
    if (roll < 0.1 && type !== 'Procedural') return [{ ...none, status: 'Rejected', rejectedAt: PAST(starts[0]!) }];
    if (roll < 0.2) return [deprecatedPast(0)];
    if (roll < 0.25) return [{ ...none, status: 'Stable', stabilizedAt: dateAt(2027, random.int(0, 23), 1) }];
    if (roll < 0.45) return [{ ...none, status: 'Draft' }];
    return [stable(0)];
  }
  const chain = starts.slice(0, -2).map((_, i) => deprecatedPast(i));
  const roll = random.next();
  const previous = count - 2;
  if (roll < 0.2) {
    // The newest is a draft; the one before is still the Stable version in force.
    chain.push(stable(previous), { ...none, status: 'Draft' });
  } else if (roll < 0.4) {
    // The one before stays in force until a future day (deprecation scheduled).
    chain.push({ ...stable(previous), status: 'Deprecated', deprecatedAt: dateAt(2027, random.int(0, 35), 1) }, stable(count - 1));
  } else {
    chain.push(deprecatedPast(previous), stable(count - 1));
  }
  return chain;
}

function planSections(random: Random, type: DocumentType): string[] {
  const required = [...REQUIRED_SECTIONS[type]];
  const taken = new Set([...required, 'Decision'].map((section) => section.toLowerCase()));
  const extra = Array.from({ length: random.int(2, 4) }, () => headingText(random, taken));
  if (type === 'Standard') return [required[0]!, required[1]!, ...extra, required[2]!];
  // The decision may stand under any heading; the generated records use the usual one.
  if (type === 'Decision Record') return [...required, 'Decision', ...extra, 'Consequences'];
  if (type === 'Supplement') return ['Purpose', ...extra, 'Testing Notes'];
  return ['Scope', ...extra, 'Process'];
}

/** `YYYY-MM-DD` for a day of the month `monthOffset` months after January of `year`. */
function dateAt(year: number, monthOffset: number, day: number): string {
  const y = year + Math.floor(monthOffset / 12);
  const m = (monthOffset % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
