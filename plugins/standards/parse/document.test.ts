import { describe, expect, it } from 'vitest';
import { parseDocumentFile } from './document.js';

const file = (frontMatter: string, body = '## Introduction\n') => `---\n${frontMatter}\n---\n${body}`;
const findings = (name: string, text: string) =>
  parseDocumentFile(name, text).findings.map((finding) => `${finding.span?.start.line}:${finding.span?.start.column} ${finding.ruleId}: ${finding.message}`);

const VALID = 'title: Entropy\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-02-08\ndescription: Guests get enough entropy.';

describe('parseDocumentFile', () => {
  it('builds the normalized document', () => {
    const { document, findings: problems } = parseDocumentFile('scs-0101-v1-entropy.md', file(`${VALID}\nauthors:\n  - SCS IaaS team`));
    expect(problems).toEqual([]);
    expect(document).toMatchObject({
      id: 'scs-0101-v1-entropy',
      kind: 'document',
      number: '0101',
      version: 1,
      title: 'Entropy',
      type: 'Standard',
      status: 'Stable',
      track: 'IaaS',
      stabilizedAt: '2024-02-08',
      deprecatedAt: null,
      authors: ['SCS IaaS team'],
      bodyLine: 11,
    });
    expect(document?.fieldSpans.status).toEqual({ start: { line: 4, column: 1 }, end: { line: 4, column: 7 } });
  });

  it.each([
    ['wrong types', 'title: 12\ntype: Standard\nstatus: Stable\ntrack: IaaS\nreplaces: scs-0101-v0-x.md', [
      '2:8 front-matter-value: Unexpected number `12` for `title`, expected text, e.g. `title: SCS Flavor Naming Standard`',
      '6:11 front-matter-canonical-form: Unexpected single string for `replaces`, expected a list: `replaces: [scs-0101-v0-x.md]`',
    ]],
    ['an unknown enum value with a near miss', 'title: x\ntype: standard\nstatus: Final\ntrack: IaaS', [
      '3:7 front-matter-value: Unexpected `standard` for `type` (did you mean `Standard`?), expected one of `Procedural`, `Standard`, `Decision Record`, `Supplement`',
      '4:9 front-matter-value: Unexpected `Final` for `status`, expected one of `Draft`, `Stable`, `Deprecated`, `Rejected`',
    ]],
    ['invalid dates', 'title: x\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2023-02-30\ndeprecated_at: 2024-01-01T10:00:00Z', [
      '6:16 front-matter-value: Unexpected `2023-02-30` for `stabilized_at`, expected a day that exists in the calendar',
      '7:16 front-matter-value: Unexpected `2024-01-01T10:00:00Z` for `deprecated_at`, expected an ISO date such as `2024-11-30`',
    ]],
    ['unknown keys, with "did you mean"', 'title: x\ntype: Standard\nstate: Stable\ntrack: IaaS\nstabilzed_at: 2024-01-01\nfoo: bar', [
      '1:1 front-matter-required: Missing `status`, expected one for a Standard',
      '4:1 front-matter-unknown-key: Unexpected unknown key `state`, did you mean `status`?',
      '6:1 front-matter-unknown-key: Unexpected unknown key `stabilzed_at`, did you mean `stabilized_at`?',
      '7:1 front-matter-unknown-key: Unexpected unknown key `foo`, expected one of `title`, `type`, `status`, `track`, `description`, `stabilized_at`, `deprecated_at`, `rejected_at`, `replaces`, `replaced_by`, `supplements`, `authors`',
    ]],
    ['missing required fields', 'description: only this', [
      '1:1 front-matter-required: Missing `title`, expected it in the front matter',
      '1:1 front-matter-required: Missing `type`, expected it in the front matter',
      '1:1 front-matter-required: Missing `track`, expected it in the front matter',
      // Whatever its type, a `vN` file is no Supplement, so it needs a status.
      '1:1 front-matter-required: Missing `status`, expected one for a document of any type but Supplement',
    ]],
    ['a type with no near miss, and no status', 'title: x\ntype: Spec\ntrack: IaaS', [
      '3:7 front-matter-value: Unexpected `Spec` for `type`, expected one of `Procedural`, `Standard`, `Decision Record`, `Supplement`',
      '1:1 front-matter-required: Missing `status`, expected one for a document of any type but Supplement',
    ]],
  ])('reports %s', (_, frontMatter, expected) => {
    expect(findings('scs-0101-v1-entropy.md', file(frontMatter)).sort()).toEqual([...expected].sort());
  });

  it('asks no status of a supplement file whose type is unreadable, nor of a template', () => {
    expect(findings('scs-0101-w1-entropy-notes.md', file('title: x\ntype: Notes\ntrack: IaaS\nsupplements: [scs-0101-v1-entropy.md]'))).toEqual([
      '3:7 front-matter-value: Unexpected `Notes` for `type`, expected one of `Procedural`, `Standard`, `Decision Record`, `Supplement`',
    ]);
    expect(findings('scs-XXXX-v1-template.md', file('title: x\ntype: Spec\ntrack: IaaS'))).toEqual([
      '3:7 front-matter-value: Unexpected `Spec` for `type`, expected one of `Procedural`, `Standard`, `Decision Record`, `Supplement`',
    ]);
  });

  it('reads older forms as meant: a single string as a list, a former key as the current one, a near-miss value', () => {
    const parsed = parseDocumentFile(
      'scs-0101-v2-entropy.md',
      file('title: x\ntype: standard\nstatus: Deprecated\ntrack: IaaS\nstabilized_at: 2024-01-01\nobsoleted_at: 2025-01-01\nreplaces: scs-0101-v1-entropy.md\nauthors: A, B'),
    );
    expect(parsed.document).toMatchObject({
      type: 'Standard',
      deprecatedAt: '2025-01-01',
      replaces: ['scs-0101-v1-entropy.md'],
      authors: ['A', 'B'],
    });
    expect(parsed.document?.fieldSpans.deprecated_at).toEqual({ start: { line: 7, column: 1 }, end: { line: 7, column: 13 } });
    expect(parsed.findings.map((finding) => `${finding.span?.start.line} ${finding.ruleId}`)).toEqual([
      '3 front-matter-value',
      '7 front-matter-canonical-form',
      '8 front-matter-canonical-form',
      '9 front-matter-canonical-form',
    ]);
  });

  it('forbids a status on a supplement', () => {
    expect(findings('scs-0101-w1-entropy-testing.md', file('title: x\ntype: Supplement\nstatus: Stable\ntrack: IaaS'))).toEqual([
      '4:1 front-matter-required: Unexpected `status` on a Supplement, expected none: a supplement follows the lifecycle of the documents it supplements',
    ]);
  });

  it('still builds a document from a file with a broken front matter, so other rules can run', () => {
    const parsed = parseDocumentFile('scs-0101-v1-entropy.md', '---js\nrequire("fs").writeFileSync("/tmp/pwned", "x")\n---\n## Introduction\n');
    expect(parsed.document?.title).toBe('scs-0101-v1-entropy');
    expect(parsed.document?.body).toBe('## Introduction\n');
    expect(parsed.findings.map((finding) => finding.ruleId)).toEqual(['front-matter-syntax']);
  });

  it('reports a misnamed file and still builds its document, named as the file is', () => {
    const parsed = parseDocumentFile('scs-0101-V1-Entropy_Pool.md', file(VALID));
    expect(parsed.document).toMatchObject({ id: 'scs-0101-V1-Entropy_Pool', fileName: 'scs-0101-V1-Entropy_Pool.md', number: '0101', version: 1, slug: 'Entropy_Pool' });
    expect(parsed.findings.map((finding) => finding.message)).toEqual([
      'Unexpected uppercase letter in file name `scs-0101-V1-Entropy_Pool.md`, expected `scs-0101-v1-entropy-pool.md`',
    ]);
  });

  it('reports a file name without a number and builds no document', () => {
    const parsed = parseDocumentFile('scs-entropy.md', file(VALID));
    expect(parsed.document).toBeNull();
    expect(parsed.findings.map((finding) => finding.ruleId)).toEqual(['file-name']);
  });
});
