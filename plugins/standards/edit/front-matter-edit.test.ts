import { describe, expect, it } from 'vitest';
import { editFrontMatter, renameFrontMatterKey, type FieldEdit } from './front-matter-edit.js';
import { formatUnifiedDiff } from './unified-diff.js';

const COMMENTED = `---
# Front matter of a draft; keep this comment.
title: 'It''s a "quoted" title'   # single quotes on purpose
type: Standard
status: Draft  # will move to Stable
track: "IaaS"
description: >-
  Folded text
  over two lines.
replaces: [ 'scs-0100-v2-flavor-naming.md' ]
authors:
  - SCS IaaS Team   # the team
  - "Jane Doe"
---

## Introduction

Body text with trailing spaces   
and a colon: here.
`;

function diffOf(text: string, edits: FieldEdit[]): string {
  const result = editFrontMatter(text, edits);
  if (!result.ok) throw new Error(result.message);
  // The body never changes.
  expect(result.text.slice(result.text.indexOf('\n---\n') + 5)).toBe(text.slice(text.indexOf('\n---\n') + 5));
  return formatUnifiedDiff(text, result.text, 'doc.md');
}

describe('editFrontMatter', () => {
  it('changes a plain value and keeps its comment', () => {
    expect(diffOf(COMMENTED, [{ key: 'status', value: 'Stable' }])).toBe(`--- a/doc.md
+++ b/doc.md
@@ -2,7 +2,7 @@
 # Front matter of a draft; keep this comment.
 title: 'It''s a "quoted" title'   # single quotes on purpose
 type: Standard
-status: Draft  # will move to Stable
+status: Stable  # will move to Stable
 track: "IaaS"
 description: >-
   Folded text
`);
  });

  it('adds a field after the one that precedes it in schema order', () => {
    expect(diffOf(COMMENTED, [{ key: 'status', value: 'Stable' }, { key: 'stabilized_at', value: '2026-12-01' }])).toBe(`--- a/doc.md
+++ b/doc.md
@@ -2,11 +2,12 @@
 # Front matter of a draft; keep this comment.
 title: 'It''s a "quoted" title'   # single quotes on purpose
 type: Standard
-status: Draft  # will move to Stable
+status: Stable  # will move to Stable
 track: "IaaS"
 description: >-
   Folded text
   over two lines.
+stabilized_at: 2026-12-01
 replaces: [ 'scs-0100-v2-flavor-naming.md' ]
 authors:
   - SCS IaaS Team   # the team
`);
  });

  it('keeps the quoting style of the value it replaces', () => {
    expect(diffOf(COMMENTED, [{ key: 'track', value: 'KaaS' }, { key: 'title', value: "Bob's: title" }])).toBe(`--- a/doc.md
+++ b/doc.md
@@ -1,9 +1,9 @@
 ---
 # Front matter of a draft; keep this comment.
-title: 'It''s a "quoted" title'   # single quotes on purpose
+title: 'Bob''s: title'   # single quotes on purpose
 type: Standard
 status: Draft  # will move to Stable
-track: "IaaS"
+track: "KaaS"
 description: >-
   Folded text
   over two lines.
`);
  });

  it('quotes a new plain value that YAML would read differently', () => {
    const text = '---\ntitle: A\ntype: Standard\n---\n';
    const result = editFrontMatter(text, [{ key: 'description', value: 'Colons: need quotes' }, { key: 'status', value: 'yes' }]);
    expect(result).toEqual({ ok: true, text: '---\ntitle: A\ntype: Standard\nstatus: "yes"\ndescription: "Colons: need quotes"\n---\n' });
  });

  it('edits a flow list on its own line, in its own style', () => {
    expect(diffOf(COMMENTED, [{ key: 'replaces', value: ['scs-0100-v2-flavor-naming.md', 'scs-0100-v1-flavor-naming.md'] }])).toBe(`--- a/doc.md
+++ b/doc.md
@@ -7,7 +7,7 @@
 description: >-
   Folded text
   over two lines.
-replaces: [ 'scs-0100-v2-flavor-naming.md' ]
+replaces: ['scs-0100-v2-flavor-naming.md', 'scs-0100-v1-flavor-naming.md']
 authors:
   - SCS IaaS Team   # the team
   - "Jane Doe"
`);
  });

  it('adds and removes block-list items without touching the others', () => {
    expect(diffOf(COMMENTED, [{ key: 'authors', value: ['SCS IaaS Team', 'Max Mustermann'] }])).toBe(`--- a/doc.md
+++ b/doc.md
@@ -10,7 +10,7 @@
 replaces: [ 'scs-0100-v2-flavor-naming.md' ]
 authors:
   - SCS IaaS Team   # the team
-  - "Jane Doe"
+  - Max Mustermann
 ---
 
 ## Introduction
`);
  });

  it('removes a field with all its lines, and a folded value as a whole', () => {
    expect(diffOf(COMMENTED, [{ key: 'description', value: null }, { key: 'authors', value: null }])).toBe(`--- a/doc.md
+++ b/doc.md
@@ -4,13 +4,7 @@
 type: Standard
 status: Draft  # will move to Stable
 track: "IaaS"
-description: >-
-  Folded text
-  over two lines.
 replaces: [ 'scs-0100-v2-flavor-naming.md' ]
-authors:
-  - SCS IaaS Team   # the team
-  - "Jane Doe"
 ---
 
 ## Introduction
`);
  });

  it('turns a single string into a list, and an emptied list into []', () => {
    const text = '---\ntitle: A\nreplaced_by: scs-0100-v3-flavor-naming.md # old form\nauthors:\n  - X\n---\nbody\n';
    const result = editFrontMatter(text, [
      { key: 'replaced_by', value: ['scs-0100-v3-flavor-naming.md', 'scs-0100-v4-flavor-naming.md'] },
      { key: 'authors', value: [] },
    ]);
    expect(result).toEqual({
      ok: true,
      text: '---\ntitle: A\nreplaced_by: [scs-0100-v3-flavor-naming.md, scs-0100-v4-flavor-naming.md] # old form\nauthors: []\n---\nbody\n',
    });
  });

  it('writes a list in place of an empty value, after the colon, keeping the comment', () => {
    expect(editFrontMatter('---\nreplaced_by:   # none yet\nsupplements: ~\nauthors: \'Ada\'\n---\n', [
      { key: 'replaced_by', value: [] },
      { key: 'supplements', value: ['a.md'] },
      { key: 'authors', value: ['Ada', "Bo's"] },
    ])).toEqual({ ok: true, text: "---\nreplaced_by: []   # none yet\nsupplements: [a.md]\nauthors: ['Ada', 'Bo''s']\n---\n" });
  });

  it('renames a key in place and refuses when the new name is taken', () => {
    expect(renameFrontMatterKey('---\nobsoleted_at: 2025-01-01  # when\n---\nBody\n', 'obsoleted_at', 'deprecated_at')).toEqual({
      ok: true,
      text: '---\ndeprecated_at: 2025-01-01  # when\n---\nBody\n',
    });
    expect(renameFrontMatterKey('---\nauthor: A\nauthors: [B]\n---\n', 'author', 'authors')).toEqual({
      ok: false,
      message: 'Cannot rename `author` to `authors`: `authors` is written already',
    });
  });

  it('keeps CRLF line endings, inserted lines included', () => {
    const text = '---\r\ntitle: A\r\nstatus: Draft\r\ntrack: IaaS\r\nreplaced_by:\r\n  - a.md\r\n---\r\nbody\r\n';
    const result = editFrontMatter(text, [
      { key: 'status', value: 'Deprecated' },
      { key: 'deprecated_at', value: '2027-01-31' },
      { key: 'replaced_by', value: ['a.md', 'b.md'] },
    ]);
    expect(result).toEqual({
      ok: true,
      text: '---\r\ntitle: A\r\nstatus: Deprecated\r\ntrack: IaaS\r\ndeprecated_at: 2027-01-31\r\nreplaced_by:\r\n  - a.md\r\n  - b.md\r\n---\r\nbody\r\n',
    });
  });

  it('keeps a comment line between fields where it was', () => {
    const text = '---\ntitle: A\nstatus: Draft\n# about the track\ntrack: IaaS\n---\n';
    expect(editFrontMatter(text, [{ key: 'status', value: null }, { key: 'stabilized_at', value: '2026-01-01' }])).toEqual({
      ok: true,
      text: '---\ntitle: A\n# about the track\ntrack: IaaS\nstabilized_at: 2026-01-01\n---\n',
    });
  });

  it('leaves a file untouched when the value is already there', () => {
    expect(editFrontMatter(COMMENTED, [{ key: 'type', value: 'Standard' }, { key: 'rejected_at', value: null }])).toEqual({ ok: true, text: COMMENTED });
  });

  it('refuses what it cannot edit in place, and says why', () => {
    expect(editFrontMatter('no front matter\n', [{ key: 'status', value: 'Stable' }])).toEqual({
      ok: false,
      message: 'Cannot edit `status`: the file does not start with a `---` front-matter block',
    });
    expect(editFrontMatter('---\ntitle: [unclosed\n---\n', [{ key: 'status', value: 'Stable' }])).toMatchObject({ ok: false });
    expect(editFrontMatter('---\n{title: A}\n---\n', [{ key: 'status', value: 'Stable' }])).toEqual({
      ok: false,
      message: 'Cannot edit `status`: the front matter is not a block of `key: value` lines',
    });
    expect(editFrontMatter('---\nauthors:\n  - A\n  - B\n---\n', [{ key: 'authors', value: ['B', 'A'] }])).toEqual({
      ok: false,
      message: 'Cannot reorder the items of a block list in place',
    });
  });
});
