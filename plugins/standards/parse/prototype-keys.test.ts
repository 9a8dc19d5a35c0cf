// Names of Object.prototype written by a document are ordinary unknown keys:
// no lookup keyed by a document's text may reach a prototype.
import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../lint/testing.js';
import { parseDocumentFile } from './document.js';

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'prototype'];
const EXPECTED_KEYS =
  'expected one of `title`, `type`, `status`, `track`, `description`, `stabilized_at`, `deprecated_at`, `rejected_at`, `replaces`, `replaced_by`, `supplements`, `authors`';

describe('prototype names in front matter', () => {
  it.each(PROTOTYPE_NAMES)('`%s` is an unknown key with no suggestion from the prototype', (key) => {
    const parsed = parseDocumentFile('scs-0100-v1-a.md', documentText([...standardFields(), `${key}: value`]));
    const messages = parsed.findings.map((finding) => finding.message);
    expect(messages).toEqual([expect.stringMatching(/^Unexpected unknown key `/)]);
    expect(messages[0]).not.toContain('[object');
    expect(messages[0]).not.toContain('function');
    expect(parsed.document?.title).toBe('Example standard');
  });

  it('`Constructor` and `__PROTO__` (other cases) are unknown keys too', () => {
    const parsed = parseDocumentFile('scs-0100-v1-a.md', documentText([...standardFields(), 'Constructor: x', '__PROTO__: y']));
    expect(parsed.findings.map((finding) => finding.message)).toEqual([
      `Unexpected unknown key \`Constructor\`, ${EXPECTED_KEYS}`,
      `Unexpected unknown key \`__PROTO__\`, ${EXPECTED_KEYS}`,
    ]);
  });

  it('are reported by the linter as unknown keys, and the document is otherwise fine', async () => {
    const content = documentText([...standardFields(), '__proto__: {polluted: true}', 'constructor: x', 'toString: y']);
    expect(await lintFixture({ 'scs-0100-v1-a.md': content }, { rules: ['front-matter-unknown-key', 'front-matter-value', 'front-matter-required'] })).toEqual([
      `scs-0100-v1-a.md:7:1 warning Unexpected unknown key \`__proto__\`, ${EXPECTED_KEYS}`,
      `scs-0100-v1-a.md:8:1 warning Unexpected unknown key \`constructor\`, ${EXPECTED_KEYS}`,
      `scs-0100-v1-a.md:9:1 warning Unexpected unknown key \`toString\`, ${EXPECTED_KEYS}`,
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(PROTOTYPE_NAMES)('`%s` as a value of an enum field is an ordinary wrong value', (value) => {
    const parsed = parseDocumentFile('scs-0100-v1-a.md', documentText(standardFields({ status: value, type: value })));
    expect(parsed.findings.map((finding) => finding.ruleId)).toEqual(['front-matter-value', 'front-matter-value']);
    for (const finding of parsed.findings) expect(finding.message).toMatch(new RegExp(`^Unexpected \`${value}\` for \``));
  });
});
