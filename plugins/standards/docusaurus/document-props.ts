// What a standards document page receives: the lifecycle banner in words and
// the metadata block. The front-matter adapter puts it on the doc as `scs`.
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { lifecycleStateAt, versionInForceAlong, type SuccessorPlan } from '../model/lifecycle.js';
import { siblingVersions, standardOf, supplementsOf, type Registry } from '../model/registry.js';
import { successorPlan } from '../model/replacement.js';
import type { LifecycleState } from '../model/vocabulary.js';
import { statusPagePath } from '../export/urls.js';
import { shortId, stateLabel, toDocLink, toLifecycleDates, toReferenceLink, toTrackRef, type DocLink, type TrackRef } from './links.js';
import { toBannerProp, type BannerProp } from './banner.js';
import type { LifecycleDates } from './dated.js';

export { bannerText, toBannerProp, type BannerProp, type TextPart } from './banner.js';

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
  /** The day the states were computed for (the build day); the page recomputes them for the day it is read. */
  date: CalendarDate;
  /** What the state is computed from. */
  dates: LifecycleDates;
  banner: BannerProp;
  /** Where a reader may be sent when this version is not in force, whatever the day (see SuccessorPlan). */
  successors: SuccessorPlan<DocLink>;
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
  const plan = successorPlan(registry, document);
  const successor = versionInForceAlong(document, plan, date);
  const inForce = successor ? toDocLink(successor, date) : null;
  const link = (other: StandardDocument) => toDocLink(other, date);
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
    dates: toLifecycleDates(document),
    banner: toBannerProp(document, state, replacedBy, supplements, inForce),
    successors: { chain: plan.chain.map(link), standards: plan.standards.map((versions) => versions.map(link)) },
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

