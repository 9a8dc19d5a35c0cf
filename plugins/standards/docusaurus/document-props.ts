// What a standards document page receives: the lifecycle banner in words and
// the metadata block. The front-matter adapter puts it on the doc as `scs`.
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { lifecycleStateAt } from '../model/lifecycle.js';
import { siblingVersions, standardOf, supplementsOf, type Registry } from '../model/registry.js';
import { versionInForceAfter } from '../model/replacement.js';
import { LIFECYCLE_STATES, type LifecycleState } from '../model/vocabulary.js';
import { statusPagePath } from '../export/urls.js';
import { shortId, stateLabel, toDocLink, toReferenceLink, toTrackRef, type DocLink, type TrackRef } from './links.js';

/** A piece of banner text: plain words or a link to a document. */
export type TextPart = { text: string } | { link: DocLink };

export interface BannerProp {
  /** Drives the colour; the words say the same thing. */
  tone: LifecycleState | 'supplement' | 'unknown';
  label: string;
  normative: boolean;
  message: TextPart[];
}

export interface DocumentPageProp {
  id: string;
  shortId: string;
  title: string;
  kind: StandardDocument['kind'];
  type: StandardDocument['type'];
  status: StandardDocument['status'];
  track: TrackRef | null;
  state: LifecycleState | null;
  stateLabel: string | null;
  /** The day the states were computed for. */
  date: CalendarDate;
  banner: BannerProp;
  stabilizedAt: CalendarDate | null;
  deprecatedAt: CalendarDate | null;
  rejectedAt: CalendarDate | null;
  replaces: DocLink[];
  replacedBy: DocLink[];
  /** For a supplement: the versions it belongs to. */
  supplements: DocLink[];
  /** For a version: the supplements that belong to it. */
  supplementedBy: DocLink[];
  authors: string[];
  /** Every version of the same standard, oldest first, this one included. */
  versions: DocLink[];
  /** `scs-0100`; null for proposals. */
  standardId: string | null;
  statusPage: string | null;
}

export function toDocumentPageProp(registry: Registry, document: StandardDocument, date: CalendarDate): DocumentPageProp {
  const state = lifecycleStateAt(document, date);
  const reference = (fileName: string) => toReferenceLink(registry, fileName, date);
  const replacedBy = document.replacedBy.map(reference);
  const supplements = document.supplements.map(reference);
  const successor = versionInForceAfter(registry, document, date);
  const inForce = successor ? toDocLink(successor, date) : null;
  return {
    id: document.id,
    shortId: shortId(document),
    title: document.title,
    kind: document.kind,
    type: document.type,
    status: document.status,
    track: toTrackRef(document.track),
    state,
    stateLabel: stateLabel(state),
    date,
    banner: toBannerProp(document, state, replacedBy, supplements, inForce),
    stabilizedAt: document.stabilizedAt,
    deprecatedAt: document.deprecatedAt,
    rejectedAt: document.rejectedAt,
    replaces: document.replaces.map(reference),
    replacedBy,
    supplements,
    supplementedBy: supplementsOf(registry, document).map((supplement) => toDocLink(supplement, date)),
    authors: document.authors,
    versions: siblingVersions(registry, document).map((version) => toDocLink(version, date)),
    standardId: standardOf(registry, document)?.id ?? null,
    statusPage: standardOf(registry, document) ? statusPagePath(document) : null,
  };
}

type BannerFields = Pick<StandardDocument, 'kind' | 'type' | 'stabilizedAt' | 'deprecatedAt' | 'rejectedAt'>;

/** The lifecycle banner: what the reader must know, in words. */
export function toBannerProp(
  document: BannerFields,
  state: LifecycleState | null,
  replacedBy: readonly DocLink[],
  supplements: readonly DocLink[],
  /** Where a reader of a version no longer in force should go (model/replacement.ts); null when nowhere. */
  inForce: DocLink | null = null,
): BannerProp {
  const { stabilizedAt, deprecatedAt, rejectedAt } = document;
  const since = (date: string | null) => (date ? ` since ${date}` : '');
  const replacement = replacedBy.length > 0 ? [{ text: ' and replaced by ' }, ...linkList(replacedBy)] : [];
  // Said unless the replacement just named is that very version.
  const goTo: TextPart[] =
    inForce && !(replacedBy.length === 1 && replacedBy[0]!.id === inForce.id) ? [{ text: ' The version in force is ' }, { link: inForce }, { text: '.' }] : [];
  if (state === null) {
    if (document.kind === 'supplement' || document.type === 'Supplement') {
      const to: TextPart[] = supplements.length > 0 ? [{ text: ' to ' }, ...linkList(supplements)] : [];
      return {
        tone: 'supplement',
        label: 'Supplement',
        normative: false,
        message: [{ text: 'Supplement' }, ...to, { text: ': guidance that is not normative on its own.' }],
      };
    }
    return { tone: 'unknown', label: 'Unknown status', normative: false, message: [{ text: 'Status unknown: the front matter gives no valid status, so this document is not normative.' }] };
  }
  const banner = (message: TextPart[]): BannerProp => ({
    tone: state,
    label: LIFECYCLE_STATES[state].label,
    normative: LIFECYCLE_STATES[state].normative,
    message,
  });
  switch (state) {
    case 'draft':
      return banner([{ text: 'Draft: work in progress and not normative.' }]);
    case 'effective-soon':
      return banner([{ text: `Stable, effective from ${stabilizedAt}. Until then it is not normative.` }]);
    case 'effective':
      return banner([{ text: `Effective${since(stabilizedAt)}: this version is in force.` }]);
    case 'deprecation-scheduled':
      return banner([{ text: `Effective${since(stabilizedAt)}; deprecated from ${deprecatedAt}` }, ...replacement, { text: '.' }]);
    case 'deprecated':
      return banner([{ text: `Deprecated${since(deprecatedAt)}` }, ...replacement, { text: '. It is no longer in force.' }, ...goTo]);
    case 'rejected':
      return banner([
        { text: `Rejected${rejectedAt ? ` on ${rejectedAt}` : ''}: this proposal was turned down and is not normative` },
        ...replacement,
        { text: '.' },
        ...goTo,
      ]);
  }
}

/** Links separated by `, ` and a final ` and `. */
function linkList(links: readonly DocLink[]): TextPart[] {
  return links.flatMap((link, index): TextPart[] => {
    const separator = index === 0 ? [] : [{ text: index === links.length - 1 ? ' and ' : ', ' }];
    return [...separator, { link }];
  });
}

/** The banner as plain text (tests and the build log read it this way). */
export function bannerText(banner: BannerProp): string {
  return banner.message.map((part) => ('text' in part ? part.text : part.link.label)).join('');
}
