// The one table of the registry's words: tracks, document types, statuses and
// computed lifecycle states. Everything else (schema, linter, portal, exports)
// reads its lists and labels from here.

export const TRACKS = [
  { digit: '0', name: 'Global', slug: 'global', summary: 'Procedures and rules that apply to every SCS standard.' },
  { digit: '1', name: 'IaaS', slug: 'iaas', summary: 'Infrastructure as a service: compute, storage and networking on OpenStack.' },
  { digit: '2', name: 'KaaS', slug: 'kaas', summary: 'Kubernetes as a service: cluster versions, storage and node placement.' },
  { digit: '3', name: 'IAM', slug: 'iam', summary: 'Identity and access management: federation, roles and naming.' },
  { digit: '4', name: 'Ops', slug: 'ops', summary: 'Operations: status pages, monitoring and operational tooling.' },
  { digit: '5', name: 'Scopes', slug: 'scopes', summary: 'Certification scopes that bundle standards for compliance tests.' },
] as const;

export type Track = (typeof TRACKS)[number];
export type TrackName = Track['name'];
export const TRACK_NAMES = TRACKS.map((track) => track.name) as TrackName[];

export const DOCUMENT_TYPES = ['Procedural', 'Standard', 'Decision Record', 'Supplement'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const STATUSES = ['Draft', 'Stable', 'Deprecated', 'Rejected'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Sections every document of a type must have, as level-2 headings named so,
 * as our procedural standard lists them. A Decision Record must also contain
 * its decision, under whatever heading: see `DECISION_WORDS`.
 */
export const REQUIRED_SECTIONS: Record<DocumentType, readonly string[]> = {
  Procedural: [],
  Standard: ['Introduction', 'Motivation', 'Conformance Tests'],
  'Decision Record': ['Abstract', 'Context'],
  Supplement: [],
};

/**
 * The types a document can have. When its `type` is missing or unreadable
 * (`type: Spec`, with no near miss to read it as), its file name still
 * narrows it: a supplement file (`scs-NNNN-wN-…`) is a Supplement, any other
 * is one of the rest. Checks that depend on the type then check what every
 * possible type requires, so one broken field is one finding and hides no other.
 */
export function possibleTypes(type: DocumentType | null, fileKind: 'document' | 'supplement' | 'proposal' | 'template'): readonly DocumentType[] {
  if (type !== null) return [type];
  return fileKind === 'supplement' ? ['Supplement'] : DOCUMENT_TYPES.filter((candidate) => candidate !== 'Supplement');
}

/** The sections every one of `types` requires (see REQUIRED_SECTIONS), in the table's order. */
export function sectionsRequiredByAll(types: readonly DocumentType[]): string[] {
  const [first, ...rest] = types;
  if (first === undefined) return [];
  return REQUIRED_SECTIONS[first].filter((section) => rest.every((type) => REQUIRED_SECTIONS[type].includes(section)));
}

/**
 * Words that show where a Decision Record states its decision: in a heading
 * (`## Decision`, `## Outcome`, `## Our choice`) or in the text of a section
 * other than Abstract and Context ("the group decided …").
 */
export const DECISION_WORDS =
  /\b(decisions?|decided?|deciding|outcomes?|conclusions?|concluded|resolutions?|resolved|choices?|chose|chosen|agreed|agreements?)\b/i;

/**
 * The state of one version on a given day, derived from status and dates.
 * `normative` says whether the version binds implementers on that day.
 */
export const LIFECYCLE_STATES = {
  draft: { label: 'Draft', column: 'Draft', normative: false, explanation: 'Work in progress; not normative.' },
  'effective-soon': {
    label: 'Effective soon',
    column: 'Draft',
    normative: false,
    explanation: 'Stable, but effective only from its stabilization date.',
  },
  effective: { label: 'Effective', column: 'Effective', normative: true, explanation: 'In force.' },
  'deprecation-scheduled': {
    label: 'Deprecation scheduled',
    column: 'Effective',
    normative: true,
    explanation: 'In force until its deprecation date.',
  },
  deprecated: {
    label: 'Deprecated',
    column: 'Deprecated',
    normative: false,
    explanation: 'No longer in force; kept for reference.',
  },
  rejected: { label: 'Rejected', column: 'Deprecated', normative: false, explanation: 'Proposed and turned down.' },
} as const;

export type LifecycleState = keyof typeof LIFECYCLE_STATES;
export const LIFECYCLE_STATE_NAMES = Object.keys(LIFECYCLE_STATES) as LifecycleState[];

export function trackByDigit(digit: string): Track | undefined {
  return TRACKS.find((track) => track.digit === digit);
}

export function trackByName(name: string): Track | undefined {
  return TRACKS.find((track) => track.name === name);
}
