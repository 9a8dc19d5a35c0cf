// Test helpers: a comparable document from a Markdown body written in a test.
import { parseDocumentFile } from '../parse/document.js';
import { documentText, standardFields } from '../lint/testing.js';
import type { ComparableDocument } from './model.js';
import { buildComparableDocument } from './sections.js';

export function comparable(body: string, version = 1): ComparableDocument {
  const parsed = parseDocumentFile(`scs-0190-v${version}-example.md`, documentText(standardFields(), body));
  if (!parsed.document) throw new Error(`test document did not parse: ${parsed.findings.map((finding) => finding.message).join('; ')}`);
  return buildComparableDocument(parsed.document);
}
