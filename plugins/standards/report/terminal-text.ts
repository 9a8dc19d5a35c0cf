// Text from documents reaches terminals and CI logs inside messages and file
// names. Control characters in it could move the cursor, recolour or clear the
// screen, rewrite a line (CR), ring the bell, or (bidirectional overrides)
// show a line in an order other than the one written. Every output format
// passes such characters only as visible escapes.

/**
 * C0 controls, DEL and C1 controls (U+0080 to U+009F; some terminals read
 * U+009B as a control sequence introducer), the line and paragraph separators,
 * and the bidirectional marks, embeddings, overrides and isolates.
 */
export const UNSAFE_FOR_TERMINALS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b` for the C0, DEL and C1 controls, `\u202e` for the others: visible, and names the character. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINALS, (character) => {
    const code = character.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** What JSON.stringify leaves raw inside strings: everything above but the C0 controls, which it escapes itself. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text with those characters as `\uXXXX` escapes: still valid JSON, and
 * parsing gives the same strings back. (Raw C0 characters in JSON.stringify's
 * output are only its own line breaks between values.)
 */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
