// A standards document after parsing: the normalized stage between the
// front matter as written and the props a page receives.
import type { RuleFinding } from '../report/diagnostic.js';
import type { CalendarDate, FrontMatterKey } from './front-matter-schema.js';
import type { DocumentType, Status, TrackName } from './vocabulary.js';
import type { Span } from '../report/diagnostic.js';

/** What the file name says a file is. */
export type DocumentKind = 'document' | 'supplement' | 'proposal' | 'template';

export interface FileNameParts {
  kind: DocumentKind;
  /** Four digits, e.g. `0100`; null for proposals and templates. */
  number: string | null;
  /** The N of vN or wN. */
  version: number;
  slug: string;
  /** Track named by the second digit of the number; null without a number. */
  trackDigit: string | null;
}

export interface Heading {
  depth: number;
  text: string;
  /** The anchor the portal gives this heading (GitHub-style slug, de-duplicated). */
  anchor: string;
  line: number;
}

export interface StandardDocument {
  /** Path relative to the corpus root, with forward slashes. */
  path: string;
  /** `scs-0100-v3-flavor-naming.md` */
  fileName: string;
  /** File name without `.md`; the document's URL segment. */
  id: string;
  kind: DocumentKind;
  number: string | null;
  version: number;
  slug: string;
  title: string;
  type: DocumentType | null;
  status: Status | null;
  track: TrackName | null;
  description: string | null;
  stabilizedAt: CalendarDate | null;
  deprecatedAt: CalendarDate | null;
  rejectedAt: CalendarDate | null;
  replaces: string[];
  replacedBy: string[];
  supplements: string[];
  authors: string[];
  /** Where each front-matter field was written, for diagnostics. */
  fieldSpans: Partial<Record<FrontMatterKey, Span>>;
  /** Markdown after the front matter. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

/** Result of parsing one file: the document if one could be built, and every problem found. */
export interface ParsedFile {
  path: string;
  document: StandardDocument | null;
  findings: RuleFinding[];
}
