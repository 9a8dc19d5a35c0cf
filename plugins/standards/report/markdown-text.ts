// Text from documents inside Markdown that GitHub renders (a job summary, a
// comment): it must stay text. Document text reaches messages and file names,
// and written raw it could add images (a request to any server when the page is
// viewed), links, HTML or emphasis, or break a table. Quoted parts of a message
// (between backticks) become code spans, which render nothing; every other
// ASCII punctuation character is backslash-escaped, which CommonMark allows for
// all of them. GitHub's Markdown turns bare addresses (`https://…`, `www.…`,
// `name@host`) into links even when their punctuation is escaped, so words
// that hold one become code spans as well. Line breaks become spaces and
// control characters visible escapes (terminal-text.ts), as in the other formats.
import { escapeForTerminal } from './terminal-text.js';

const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** Plain text, every Markdown character escaped; safe in a table cell. */
export function markdownEscape(text: string): string {
  return clean(text)
    .split(/( +)/)
    .map((word) => (ADDRESS_LIKE.test(word) ? markdownCode(word) : word.replace(PUNCTUATION, (character) => `\\${character}`)))
    .join('');
}

/** What GFM's autolink literals start from. */
const ADDRESS_LIKE = /:\/\/|www\.|@/i;

/** Text as a code span, whatever backticks it holds; `|` escaped for table cells (GFM reads `\|` inside code spans too). */
export function markdownCode(text: string): string {
  const content = clean(text).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = content.startsWith('`') || content.endsWith('`') || /^ .* $/.test(content) ? ` ${content} ` : content;
  return `${fence}${padded}${fence}`;
}

/** A message in which `quoted` parts become code spans and the rest is escaped text. */
export function markdownMessage(message: string): string {
  const parts = message.split(/`([^`\n]+)`/);
  return parts.map((part, index) => (index % 2 === 1 ? markdownCode(part) : markdownEscape(part))).join('');
}

function clean(text: string): string {
  return escapeForTerminal(text.replace(/\r\n?|\n/g, ' '));
}
