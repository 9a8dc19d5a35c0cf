// `npm run lint:standards -- --fix` on a copy of a messy fixture: the exact
// diff it writes, a second run that changes nothing, what it reports as fixed
// and what remains, and --dry-run that prints the diff without writing.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatUnifiedDiff } from '../plugins/standards/edit/unified-diff.js';

const ROOT = path.join(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'fixable-corpus');

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'scs-fix-'));
  await cp(FIXTURE, path.join(work, 'corpus'), { recursive: true });
});
afterEach(() => rm(work, { recursive: true, force: true }));

// Run from the temporary folder, so paths print as `corpus/…` and no config file applies.
function lint(...args: string[]) {
  const run = spawnSync(TSX, [path.join(ROOT, 'scripts', 'lint-standards.ts'), '--no-cache', 'corpus', ...args], { cwd: work, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function diffOfCorpus(): Promise<string> {
  let diff = '';
  for (const name of (await readdir(FIXTURE)).sort()) {
    diff += formatUnifiedDiff(await readFile(path.join(FIXTURE, name), 'utf8'), await readFile(path.join(work, 'corpus', name), 'utf8'), name);
  }
  return diff;
}

const EXPECTED_DIFF = `--- a/scs-0100-v1-flavors.md
+++ b/scs-0100-v1-flavors.md
@@ -4,8 +4,8 @@
 status: Deprecated
 track: IaaS
 stabilized_at: 2024-01-15
-obsoleted_at: 2025-01-31   # the last day it applies
-replaced_by: scs-0100-v2-flavors.md
+deprecated_at: 2025-01-31   # the last day it applies
+replaced_by: [scs-0100-v2-flavors.md]
 authors: [{name: Compute team, chat: "#compute"}]
 ---
 
--- a/scs-0100-v2-flavors.md
+++ b/scs-0100-v2-flavors.md
@@ -4,17 +4,17 @@
 status: Stable
 track: IaaS
 stabilized_at: 2025-02-01
-replaces: scs-0100-v1-flavors.md # keeps this comment
-authors: Compute team; Image team
+replaces: [scs-0100-v1-flavors.md] # keeps this comment
+authors: [Compute team, Image team]
 ---
 
 ## Introduction
 
-A flavor’s name says what it “gives” -- cores, memory and disk.   
-A line that ends in a hard break  
+A flavor's name says what it "gives" – cores, memory and disk.\\
+A line that ends in a hard break\\
 and goes on here.
 
-Code keeps what it has: \`it’s -- “as written”\`   
+Code keeps what it has: \`it’s -- “as written”\`
 
 \`\`\`text
 name: ‘SCS-2V-4’ -- kept   
@@ -22,8 +22,8 @@
 
 ## Motivation
 
-Text.\t
+Text.
 
 ## Conformance Tests
 
-Run \`flavor-check\` ‘today’.
+Run \`flavor-check\` 'today'.
`;

const FIXED = `fixed corpus/scs-0100-v1-flavors.md: 2 problems
  7:1 Unexpected former key \`obsoleted_at\`, expected the current name \`deprecated_at\` front-matter-canonical-form
  8:14 Unexpected single string for \`replaced_by\`, expected a list: \`replaced_by: [scs-0100-v2-flavors.md]\` front-matter-canonical-form
fixed corpus/scs-0100-v2-flavors.md: 12 problems
  7:11 Unexpected single string for \`replaces\`, expected a list: \`replaces: [scs-0100-v1-flavors.md]\` front-matter-canonical-form
  8:10 Unexpected several names in one string for \`authors\`, expected a list: \`authors: [Compute team, Image team]\` front-matter-canonical-form
  13:9 Unexpected curly quote \`’\`, expected \`'\` curly-quotes
  13:30 Unexpected curly quote \`“\`, expected \`"\` curly-quotes
  13:36 Unexpected curly quote \`”\`, expected \`"\` curly-quotes
  13:38 Unexpected \`--\` used as a dash, expected an en dash \`–\` double-hyphen
  13:64 Unexpected 3 trailing spaces as a hard line break, expected a backslash \`\\\` at the end of the line trailing-spaces
  14:33 Unexpected 2 trailing spaces as a hard line break, expected a backslash \`\\\` at the end of the line trailing-spaces
  17:47 Unexpected 3 trailing spaces at the end of the line, expected none trailing-spaces
  25:6 Unexpected 1 trailing tab at the end of the line, expected none trailing-spaces
  29:20 Unexpected curly quote \`‘\`, expected \`'\` curly-quotes
  29:26 Unexpected curly quote \`’\`, expected \`'\` curly-quotes
Fixed 14 problems in 2 files
`;

// What --fix cannot do: the mapping's `chat` would be lost, and which anchor was meant is the author's call.
const REMAINING = `corpus/scs-0100-v1-flavors.md:9:10 warning Unexpected mappings with \`name\` in \`authors\`, expected a list of names: \`authors: [Compute team]\` front-matter-canonical-form
corpus/scs-0100-v1-flavors.md:18:5 error Unexpected link to missing anchor \`#conformance\` in \`scs-0100-v2-flavors.md\`, expected the anchor of a heading; the closest is \`#conformance-tests\` link-target
1 error, 1 warning in 2 files
`;

describe('npm run lint:standards -- --fix', () => {
  it('writes exactly the fixes that cannot change meaning, reports them, exits with the code of what remains, and changes nothing on a second run', async () => {
    expect(lint('--fix')).toEqual({ code: 1, stdout: FIXED + REMAINING, stderr: '' });
    expect(await diffOfCorpus()).toBe(EXPECTED_DIFF);
    expect(lint('--fix')).toEqual({ code: 1, stdout: 'Fixed 0 problems in 0 files\n' + REMAINING, stderr: '' });
    expect(await diffOfCorpus()).toBe(EXPECTED_DIFF);
  });

  it('prints the diff with --dry-run, writes nothing, and reports what would remain', async () => {
    const { code, stdout } = lint('--fix', '--dry-run');
    expect(code).toBe(1);
    expect(await diffOfCorpus()).toBe('');
    const diff = EXPECTED_DIFF.replace(/^(---|\+\+\+) ([ab])\//gm, '$1 $2/corpus/');
    const [v1, v2] = diff.split(/(?=^--- a\/corpus\/scs-0100-v2)/m);
    const [fixedV1, fixedV2] = FIXED.replace(/^fixed/gm, 'would fix').replace(/^Fixed/m, 'Would fix').split(/(?=^would fix corpus\/scs-0100-v2)/m);
    const [fixedV2Lines, total] = fixedV2!.split(/(?=^Would fix)/m);
    expect(stdout).toBe(fixedV1! + v1 + fixedV2Lines! + v2 + total + REMAINING);
  });

  it('refuses --dry-run without --fix', () => {
    expect(lint('--dry-run')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Unexpected --dry-run without --fix, expected both\n/) });
  });

  it('keeps stdout machine-readable with --format json: the fix report goes to stderr', () => {
    const { code, stdout, stderr } = lint('--fix', '--format', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['front-matter-canonical-form', 'link-target']);
    expect(stderr).toBe(FIXED);
  });
});
