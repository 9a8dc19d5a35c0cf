// The data the comparison works on and what it returns. Plain data only: the
// build puts it in page props, the command line prints it as JSON, and the
// browser compares any two versions from it without a Markdown parser.

/** One sentence that states a requirement, as a reader sees it (Markdown markup left out). */
export interface Requirement {
  text: string;
  /** The requirement keywords it contains, in order of appearance, e.g. `['MUST', 'MAY']`. */
  keywords: string[];
  /** Line in the file. */
  line: number;
}

/** The text under one heading, up to the next heading of any level. */
export interface DocumentSection {
  /** Heading text as a reader sees it; null for the text before the first heading. */
  heading: string | null;
  /** Heading level, 0 for the text before the first heading. */
  depth: number;
  /** The anchor the portal gives the heading (null before the first heading). */
  anchor: string | null;
  /** Line of the heading in the file (of the first line of text before the first heading). */
  line: number;
  /** The section's Markdown as written, without its heading line, trimmed. */
  text: string;
  requirements: Requirement[];
}

/** A document prepared for comparison. */
export interface ComparableDocument {
  /** File name without `.md`. */
  id: string;
  /** `scs-0100-v3` */
  label: string;
  title: string;
  /** Four digits, or null for proposals and templates. */
  number: string | null;
  version: number;
  sections: DocumentSection[];
  /** Set when the Markdown could not be read into sections (e.g. a resource limit): the text is then one section. */
  problem: string | null;
}

/** A run of text that is in both versions (`=`), only in the newer (`+`) or only in the older (`-`). */
export interface DiffPart {
  op: '=' | '+' | '-';
  text: string;
}

export interface SectionRef {
  heading: string | null;
  depth: number;
  anchor: string | null;
  line: number;
}

export type RowKind = 'unchanged' | 'changed' | 'added' | 'removed';

/** Sections of the two versions that correspond, with the word diff of their text. */
export interface ComparedRow {
  kind: RowKind;
  /** Sections of the older version (none when added; several when merged into one). */
  old: SectionRef[];
  /** Sections of the newer version (none when removed; several when split). */
  new: SectionRef[];
  /** Heading text differs (one section on each side). */
  renamed: boolean;
  /** The section stands elsewhere relative to the other sections they share. */
  moved: boolean;
  /** The text differs in more than white space. */
  textChanged: boolean;
  /** The word diff of the rows' text; for several sections, the further ones with their heading lines. */
  parts: DiffPart[];
}

/** A requirement sentence with the section it stands in. */
export interface RequirementRef extends Requirement {
  section: string | null;
}

export interface ChangedRequirement {
  old: RequirementRef;
  new: RequirementRef;
  parts: DiffPart[];
}

export interface SectionChange {
  old: SectionRef[];
  new: SectionRef[];
  /** What happened, in words: `renamed`, `split`, `merged`, `moved`, `text changed`. */
  how: string[];
}

export interface ComparisonSummary {
  sections: {
    added: SectionRef[];
    removed: SectionRef[];
    /** Text, heading or place changed. */
    changed: SectionChange[];
    unchanged: number;
  };
  requirements: {
    added: RequirementRef[];
    removed: RequirementRef[];
    changed: ChangedRequirement[];
    unchanged: number;
  };
}

export interface DocumentInfo {
  id: string;
  label: string;
  title: string;
  version: number;
}

export interface Comparison {
  from: DocumentInfo;
  to: DocumentInfo;
  /** In the order of the newer version; removed sections where they stood in the older one. */
  rows: ComparedRow[];
  summary: ComparisonSummary;
  /** Limits that made the comparison coarser than usual, in words. */
  notes: string[];
}
