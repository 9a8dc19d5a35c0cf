// The editor refuses what the parser refuses, with the parser's own finding:
// one definition of the limits (parse/input-limits.ts) for both.
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../parse/front-matter.js';
import { DEFAULT_MAX_FILE_BYTES, YAML_LIMITS } from '../parse/input-limits.js';
import { planAssignNumber } from './assign-number-plan.js';
import { editFrontMatter, frontMatterLimitProblem, readFrontMatterField, renameFrontMatterKey } from './front-matter-edit.js';

const head = 'title: Bomb\ntype: Standard\nstatus: Draft\ntrack: IaaS\n';
const file = (yaml: string, eol = '\n') => `---${eol}${(head + yaml).replace(/\n/g, eol)}---${eol}${eol}## Introduction${eol}`;

/** Nine levels of ten aliases each: 90 aliases, within the count, that expand to 10^9 values. */
function aliasBomb(): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < 10; level += 1) lines.push(`a${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

const HOSTILE: Array<[string, string, string]> = [
  ['more anchors than the limit', file(Array.from({ length: YAML_LIMITS.anchors + 1 }, (_, index) => `k${index}: &n${index} v`).join('\n') + '\n'), 'resource-limit'],
  ['more aliases than the limit', file(`base: &b v\nlist: [${Array.from({ length: YAML_LIMITS.aliases + 1 }, () => '*b').join(', ')}]\n`), 'resource-limit'],
  ['flow collections nested too deep', file(`deep: ${'['.repeat(YAML_LIMITS.flowDepth + 1)}${']'.repeat(YAML_LIMITS.flowDepth + 1)}\n`), 'resource-limit'],
  ['an alias bomb within the counts', file(aliasBomb()), 'front-matter-syntax'],
  ['an alias bomb with CRLF line ends', file(aliasBomb(), '\r\n'), 'front-matter-syntax'],
];

describe('the editor refuses the hostile inputs the parser refuses, with the same finding', () => {
  it.each(HOSTILE)('%s', (_title, text, ruleId) => {
    const parsed = parseFrontMatter(text).findings.filter((finding) => finding.ruleId === ruleId);
    expect(parsed).toHaveLength(1);
    const { message, span } = parsed[0]!;
    const expected = `line ${span!.start.line}, column ${span!.start.column}: ${message} (${ruleId})`;
    expect(frontMatterLimitProblem(text)).toBe(expected);
    expect(editFrontMatter(text, [{ key: 'status', value: 'Stable' }])).toEqual({ ok: false, message: `Cannot edit \`status\`: ${expected}` });
    expect(renameFrontMatterKey(text, 'title', 'name')).toEqual({ ok: false, message: `Cannot rename \`title\`: ${expected}` });
    expect(readFrontMatterField(text, 'a9')).toEqual({ ok: false, message: `Cannot read \`a9\`: ${expected}` });
  });

  it('names the lines of the parser: an alias bomb is reported where its value starts', () => {
    expect(frontMatterLimitProblem(file(aliasBomb()))).toMatch(/^line 8, column 9: Unexpected alias expansion in `a2`: .*; expected plain values \(front-matter-syntax\)$/);
  });

  it('refuses a file over the size limit with the file-size message', () => {
    const text = file('description: x\n') + 'word '.repeat(DEFAULT_MAX_FILE_BYTES / 5 + 1);
    expect(editFrontMatter(text, [{ key: 'status', value: 'Stable' }])).toEqual({
      ok: false,
      message: 'Cannot edit `status`: line 1, column 1: Unexpected file of 1.0 MB, expected at most 1.0 MB; the file was not parsed (file-size)',
    });
  });

  it('edits a file within the limits as before', () => {
    const text = file('base: &b v\nlist: [*b, *b]\n');
    expect(frontMatterLimitProblem(text)).toBeNull();
    expect(editFrontMatter(text, [{ key: 'status', value: 'Stable' }])).toEqual({ ok: true, text: text.replace('status: Draft', 'status: Stable') });
    expect(readFrontMatterField(text, 'list')).toEqual({ ok: true, value: ['v', 'v'] });
  });

  it('assign-number refuses while a file it would search for references cannot be read', () => {
    const bomb = file(aliasBomb());
    const plan = planAssignNumber(
      [
        { path: 'scs-xxxx-v1-dns.md', text: file('') },
        { path: 'scs-0100-v1-bomb.md', text: bomb },
      ],
      'scs-xxxx-v1-dns',
    );
    expect(plan).toEqual({ ok: false, message: `Cannot assign a number while scs-0100-v1-bomb.md cannot be read: ${frontMatterLimitProblem(bomb)}; fix that file first` });
  });
});
