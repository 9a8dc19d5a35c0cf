// The one "every error" fixture: a folder with at least one problem for each
// rule that can be committed as a plain file (size and symlink problems are
// built at test time in bad-input.test.ts), asserted whole in one test so a
// changed, lost or extra diagnostic shows up here.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../plugins/standards/lint/all-rules.js';
import { defaultLintConfig } from '../plugins/standards/lint/config.js';
import { lintCorpus } from '../plugins/standards/lint/run.js';

const root = path.join(import.meta.dirname, 'fixtures', 'every-error');

describe('every-error fixture', () => {
  it('reports exactly the expected diagnostics, in order', async () => {
    const result = await lintCorpus({ root, config: defaultLintConfig(ALL_RULES), date: '2025-06-01', cacheFile: null, parallel: 'off' });
    const lines = result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} ${d.ruleId}`);
    expect(lines).toEqual([
      'scs-0100-v1-flavors.md:4:1 error Missing `stabilized_at` for status Stable, expected the day it becomes effective, e.g. `stabilized_at: 2024-05-01` lifecycle-required-date',
      'scs-0100-v1-flavors.md:5:1 error Unexpected track `KaaS` for `scs-0100`, expected `IaaS` (its second digit is 1) track-matches-number',
      'scs-0100-v1-flavors.md:6:1 warning Unexpected unknown key `state`, did you mean `status`? front-matter-unknown-key',
      'scs-0100-v1-flavors.md:7:1 error Unexpected `replaced_by` on a Stable document, expected it only when `status` is Deprecated or Rejected lifecycle-replaced-by',
      'scs-0100-v1-flavors.md:7:1 error Unexpected `replaced_by` entry `scs-0100-v9-flavors.md`, expected the file name of an existing document (did you mean `scs-0100-v2-flavors.md`?) reference-exists',
      'scs-0100-v2-flavors.md:1:1 error Missing `scs-0100-v1-flavors.md` in `replaces`, expected v2 to name its predecessor replaces-predecessor',
      'scs-0100-v2-flavors.md:1:1 error Unexpected second file for `scs-0100-v2`, expected one file per version (also in `scs-0100-v2-flavours.md`) unique-version',
      'scs-0100-v2-flavors.md:4:1 warning Missing `replaced_by` on a Deprecated document, expected the file names of the documents that took its place, e.g. `replaced_by: [scs-NNNN-vN-slug.md]`, or `replaced_by: []` if none did replaced-by-recommended',
      'scs-0100-v2-flavors.md:7:1 error Unexpected `deprecated_at: 2024-01-01` before `stabilized_at: 2024-06-01`, expected it on or after that day lifecycle-date-order',
      'scs-0100-v2-flavors.md:8:1 error Unexpected duplicate key `track` (first written on line 5), expected each front-matter field once: keep one `track` line front-matter-duplicate-key',
      'scs-0100-v2-flavours.md:1:1 error Missing `scs-0100-v1-flavors.md` in `replaces`, expected v2 to name its predecessor replaces-predecessor',
      'scs-0100-v2-flavours.md:1:1 error Unexpected second file for `scs-0100-v2`, expected one file per version (also in `scs-0100-v2-flavors.md`) unique-version',
      'scs-0100-v2-flavours.md:4:1 warning Missing `replaced_by` on a Deprecated document, expected the file names of the documents that took its place, e.g. `replaced_by: [scs-NNNN-vN-slug.md]`, or `replaced_by: []` if none did replaced-by-recommended',
      'scs-0100-v2-flavours.md:7:1 error Unexpected `deprecated_at: 2024-01-01` before `stabilized_at: 2024-06-01`, expected it on or after that day lifecycle-date-order',
      'scs-0100-v2-flavours.md:8:1 error Unexpected duplicate key `track` (first written on line 5), expected each front-matter field once: keep one `track` line front-matter-duplicate-key',
      'scs-0101-v1-entropy.md:4:1 warning Unexpected Stable `scs-0101-v1-entropy.md` next to the newer Stable `scs-0101-v2-entropy.md`, expected the older version deprecated in a separate step: `status: Deprecated`, `deprecated_at:` the last day it applies, and `replaced_by: [scs-0101-v2-entropy.md]` single-stable-version',
      'scs-0101-v2-entropy.md:7:1 warning Missing `scs-0103-v1-retired-sizes.md` in `replaces`, expected it because `scs-0103-v1-retired-sizes.md` names this document in `replaced_by` replacement-symmetry',
      'scs-0102-chart.svg:2:3 error Unexpected onclick="…" on <rect> in an SVG picture, expected only static drawing: the portal publishes the picture without it attachment-svg',
      'scs-0102-v1-images.md:4:1 error Missing `scs-0102-v2-images.md` in `replaced_by`, expected every document that replaces this Deprecated one: `replaced_by: [scs-0102-v2-images.md]` replaced-by-required',
      'scs-0102-v1-images.md:7:1 warning Unexpected gap without a version of scs-0102 in force from 2024-10-31 to 2025-08-31, expected `deprecated_at: 2025-09-01` or later, when `scs-0102-v2-images.md` takes effect effective-version-gap',
      'scs-0102-v2-images.md:3:1 error Missing the decision, expected a section that states it: a heading such as `## Decision` or `## Outcome`, or a section after Context saying what was decided required-sections',
      'scs-0102-v2-images.md:11:1 error Unexpected level-1 heading, expected level 2 or deeper: the title comes from the front matter heading-levels',
      'scs-0102-v2-images.md:21:1 error Unexpected `<script>` element, expected passive HTML only (the portal removes it with its content) content-safety',
      'scs-0102-v2-images.md:23:5 error Unexpected link to missing anchor `#nowhere` in `scs-0102-v1-images.md`, expected the anchor of a heading link-target',
      'scs-0102-v2-images.md:25:5 error Unexpected `.html` file (`./calculator.html`) in a link, expected a passive type the portal publishes (PNG, JPEG, GIF, WebP, AVIF, SVG, CSV, JSON, YAML, plain text or PDF) attachment-type',
      'scs-0102-w1-images-testing.md:4:1 error Unexpected `status` on a Supplement, expected none: a supplement follows the lifecycle of the documents it supplements front-matter-required',
      'scs-0102-w1-images-testing.md:6:1 error Unexpected supplement `scs-0102-w2-images-notes.md` in `supplements`, expected a document version (vN), not another supplement reference-exists',
      'scs-0102-w1-images-testing.md:13:1 warning Unexpected MDX `import` statement, expected Markdown: the portal renders standards as Markdown, so this line shows as text mdx-syntax',
      'scs-0103-v1-retired-sizes.md:7:1 warning Unexpected former key `obsoleted_at`, expected the current name `deprecated_at` front-matter-canonical-form',
      'scs-0103-v1-retired-sizes.md:8:14 warning Unexpected single string for `replaced_by`, expected a list: `replaced_by: [scs-0101-v2-entropy.md]` front-matter-canonical-form',
      'scs-0103-v1-retired-sizes.md:17:21 warning Unexpected curly quote `“`, expected `"` curly-quotes',
      'scs-0103-v1-retired-sizes.md:17:31 warning Unexpected curly quote `”`, expected `"` curly-quotes',
      'scs-0103-v1-retired-sizes.md:17:33 warning Unexpected `--` used as a dash, expected an en dash `–` double-hyphen',
      'scs-0103-v1-retired-sizes.md:17:54 warning Unexpected 2 trailing spaces as a hard line break, expected a backslash `\\` at the end of the line trailing-spaces',
      'scs-0103-v1-retired-sizes.md:18:5 warning Unexpected relative link `../notes/sizes.md` out of the standards folder, expected a path inside the folder or an absolute URL (`https://…`) link-leaves-folder',
      'scs-0103-v1-retired-sizes.md:18:36 warning Unexpected 1 trailing space at the end of the line, expected none trailing-spaces',
      'scs-0103-v1-retired-sizes.md:24:18 error Unexpected link text naming `scs-0102` for a link to `scs-0101-v2`, expected the text and the target to name the same standard link-text',
      'scs-0104-v1-bad-values.md:3:1 error Missing section `## Motivation`, expected every Standard to have it required-sections',
      'scs-0104-v1-bad-values.md:3:1 error Missing section `## Conformance Tests`, expected every Standard to have it required-sections',
      'scs-0104-v1-bad-values.md:3:7 error Unexpected `standard` for `type` (did you mean `Standard`?), expected one of `Procedural`, `Standard`, `Decision Record`, `Supplement` front-matter-value',
      'scs-0104-v1-bad-values.md:6:16 error Unexpected `2023-02-30` for `stabilized_at`, expected a day that exists in the calendar front-matter-value',
      'scs-0104-v1-bad-values.md:7:10 warning Unexpected single string for `authors`, expected a list: `authors: [Somebody]` front-matter-canonical-form',
      'scs-0104-v1-bad-values.md:14:26 warning Unexpected emphasis marker `_`, expected `*` (emphasis-marker) markdown-style',
      'scs-0105-v1-Upper-Case.md:1:1 error Unexpected uppercase letter in file name `scs-0105-v1-Upper-Case.md`, expected `scs-0105-v1-upper-case.md` file-name',
      'scs-0106-v1-javascript.md:1:4 error Unexpected front-matter language `js`, expected YAML (a plain `---` line); front matter is data and is never run as code front-matter-syntax',
      'scs-0107-v1-no-front-matter.md:1:1 error Missing front matter, expected the file to start with a `---` line, YAML fields, and a closing `---` line front-matter-syntax',
      'scs-0108-v1-latin-1.md:2:10 error Unexpected byte 0xf6 that is not UTF-8, expected the file to be saved as UTF-8 file-encoding',
      'scs-0109-v1-house-style.md:2:20 warning Unexpected comment `#2` after the value of `title` (YAML reads ` #` as the start of a comment, so the value is `House style`), expected the whole value in quotes if `#2` belongs to it: `title: "House style #2"` front-matter-comment',
      'scs-0109-v1-house-style.md:10:5 warning Unexpected curly quote `“`, expected `"` curly-quotes',
      'scs-0109-v1-house-style.md:10:11 warning Unexpected curly quote `”`, expected `"` curly-quotes',
      'scs-0109-v1-house-style.md:10:21 warning Unexpected `--` used as a dash, expected an en dash `–` double-hyphen',
      'scs-0109-v1-house-style.md:10:39 warning Unexpected 1 trailing space at the end of the line, expected none trailing-spaces',
      'scs-0109-v1-house-style.md:11:5 warning Unexpected relative link `../docs/guide.md` out of the standards folder, expected a path inside the folder or an absolute URL (`https://…`) link-leaves-folder',
      'scs-xxxx-v2-early-idea.md:1:1 error Unexpected version v2 of a proposal, expected `scs-xxxx-v1-early-idea.md`: a proposal is version 1 until it gets a number proposal-draft',
      'scs-xxxx-v2-early-idea.md:4:1 error Unexpected status Stable on a proposal, expected `status: Draft`: a proposal becomes Stable only after it has a number proposal-draft',
    ]);
    expect(result.fileCount).toBe(18);
  });

  it('has a finding of every rule but those that need a file built at test time or the network', async () => {
    const result = await lintCorpus({ root, config: defaultLintConfig(ALL_RULES), date: '2025-06-01', cacheFile: null, parallel: 'off' });
    const found = new Set(result.diagnostics.map((d) => d.ruleId));
    // Built at test time (symlinks, size and resource limits), needing the network, about scope files
    // (tests/scope-every-error.test.ts), or needing a base tree (history-*, tests/workflow-git.test.ts).
    const elsewhere = new Set(['file-symlink', 'file-size', 'resource-limit', 'external-links']);
    const elsewhereTested = (id: string) => elsewhere.has(id) || id.startsWith('scope-') || id.startsWith('history-');
    const missing = ALL_RULES.map((rule) => rule.meta.id).filter((id) => !found.has(id) && !elsewhereTested(id));
    expect(missing).toEqual([]);
  });
});
