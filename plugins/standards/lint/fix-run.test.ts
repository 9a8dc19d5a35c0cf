import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodySource } from '../markdown/markdown.js';
import type { Finding } from '../report/diagnostic.js';
import { ALL_RULES } from './all-rules.js';
import { defaultLintConfig } from './config.js';
import { fixCorpus, MAX_PASSES } from './fix-run.js';
import type { FileRule } from './rule.js';
import { documentText, standardFields } from './testing.js';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'scs-fix-run-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

/** A rule that replaces each match of `pattern` in the body with `replacement`. */
function replacing(id: string, pattern: RegExp, replacement: string): FileRule {
  return {
    meta: { id, description: 'test', defaultSeverity: 'error' },
    scope: 'file',
    check({ document }) {
      if (!document) return [];
      const lines = bodySource(document).split('\n');
      const findings: Finding[] = [];
      lines.forEach((text, index) => {
        for (const match of text.matchAll(new RegExp(pattern, 'g'))) {
          const start = { line: index + 1, column: match.index + 1 };
          const end = { line: index + 1, column: match.index + 1 + match[0].length };
          findings.push({ message: `Unexpected ${match[0]}`, span: { start, end }, fix: { kind: 'text', edits: [{ start, end, text: replacement }] } });
        }
      });
      return findings;
    },
  };
}

async function run(body: string, rules: FileRule[]) {
  const file = path.join(work, 'scs-0100-v1-a.md');
  await writeFile(file, documentText(standardFields(), body));
  const report = await fixCorpus({ root: work, config: defaultLintConfig(ALL_RULES), date: '2025-06-01', cacheFile: null, parallel: 'off', rules });
  return { report, body: (await readFile(file, 'utf8')).split('---\n')[2] };
}

describe('fixCorpus', () => {
  it('applies overlapping fixes in turn, one more pass each, until nothing is left', async () => {
    const { report, body } = await run('\nabc\n', [replacing('split-ab', /ab/, 'a-b'), replacing('split-bc', /bc/, 'b-c')]);
    expect(body).toBe('\n\na-b-c\n');
    expect(report.files[0]!.fixed.map((d) => d.ruleId)).toEqual(['split-ab', 'split-bc']);
    expect({ passes: report.passes, notFixed: report.notFixed }).toEqual({ passes: 3, notFixed: [] });
  });

  it('stops fixes that undo each other after MAX_PASSES and says so', async () => {
    const { report } = await run('\nping\n', [replacing('ping', /ping/, 'pong'), replacing('pong', /pong/, 'ping')]);
    expect(report.passes).toBe(MAX_PASSES + 1);
    expect(report.notFixed.map(({ path, diagnostic, reason }) => `${path}:${diagnostic.line} ${diagnostic.ruleId}: ${reason}`)).toEqual([
      `scs-0100-v1-a.md:10 ${MAX_PASSES % 2 === 0 ? 'ping' : 'pong'}: the fixes of this file did not settle after ${MAX_PASSES} passes (each pass made new ones)`,
    ]);
  });

  it('reports a fix it refuses, with the reason, and leaves the file as it was', async () => {
    const { report, body } = await run('\n`abc`\n', [replacing('split-ab', /ab/, 'a-b')]);
    expect(body).toBe('\n\n`abc`\n');
    expect(report.files).toEqual([]);
    expect(report.notFixed.map(({ reason }) => reason)).toEqual(['it is inside inline code']);
  });
});
