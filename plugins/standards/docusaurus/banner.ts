// The lifecycle banner of a document in words, from its state on a day.
// Pure and free of Node: the build writes it for the build day, and the page
// writes it again in the browser for the day it is read.
import type { StandardDocument } from '../model/document.js';
import { LIFECYCLE_STATES, type LifecycleState } from '../model/vocabulary.js';
import type { DocLink } from './links.js';

/** A piece of banner text: plain words or a link to a document. */
export type TextPart = { text: string } | { link: DocLink };

export interface BannerProp {
  /** Drives the colour; the words say the same thing. */
  tone: LifecycleState | 'supplement' | 'unknown';
  label: string;
  normative: boolean;
  message: TextPart[];
}

export type BannerFields = Pick<StandardDocument, 'kind' | 'type' | 'stabilizedAt' | 'deprecatedAt' | 'rejectedAt'>;

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
