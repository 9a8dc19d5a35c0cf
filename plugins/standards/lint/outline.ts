// The parts of a document other documents can point at (headings with their
// anchors) and the links it makes: extracted once per file, checked across files.
import type { Heading } from '../model/document.js';

export interface OutlineLink {
  url: string;
  /** Plain text of the link, for "text names one standard, target another". */
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Outline {
  headings: Heading[];
  links: OutlineLink[];
}
