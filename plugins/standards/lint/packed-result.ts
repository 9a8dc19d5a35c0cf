// A FileResult as plain data to keep, cache or send between threads: the
// document's body left out when the file's text gives it back. The body is
// most of a result, and the text is kept anyway; a body cut back out of the
// text shares its memory instead of being a second copy.
import type { FileResult } from './file-pass.js';

export interface PackedResult {
  result: FileResult;
  /** The document's body is left out (stored as ''): it is the file's text below the front matter. */
  bodyInText?: true;
}

/** The result without its body, when `text` gives the body back. */
export function packResult(result: FileResult, text: string | null): PackedResult {
  const document = result.summary.document;
  if (!document || text === null || bodyBelowFrontMatter(text, document.bodyLine) !== document.body) return { result };
  return { result: { ...result, summary: { ...result.summary, document: { ...document, body: '' } } }, bodyInText: true };
}

/** The result with its body restored from the file's text. */
export function unpackResult(packed: PackedResult, text: string | null): FileResult {
  const document = packed.result.summary.document;
  if (!packed.bodyInText || !document || text === null) return packed.result;
  return { ...packed.result, summary: { ...packed.result.summary, document: { ...document, body: bodyBelowFrontMatter(text, document.bodyLine) } } };
}

/**
 * The lines of the text from `bodyLine` on, read as the front-matter parser
 * reads them (no BOM, LF endings). A slice, so for a file without a BOM or CR
 * endings it shares the text's memory.
 */
export function bodyBelowFrontMatter(text: string, bodyLine: number): string {
  const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  let offset = 0;
  for (let line = 1; line < bodyLine; line++) {
    const end = source.indexOf('\n', offset);
    if (end === -1) return '';
    offset = end + 1;
  }
  return source.slice(offset);
}
