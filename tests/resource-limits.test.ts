// Bounded work on every input below the size limit (issue 9 §4), two ways:
//
// - generated inputs (fast-check): nesting of quotes, lists, HTML and
//   directives, runs of emphasis and other markup, and YAML anchors and
//   aliases go through the parser, the linter (lintCorpus on a temporary
//   folder) and the renderer; each finishes within the limits with either a
//   tree / findings / a page, or a resource-limit finding, and the linter
//   reports a limit exactly when the renderer refuses the document;
// - exhaustion fixtures of up to 1 MB, generated here rather than committed,
//   linted in one run with an ordinary broken file: each is reported, the
//   ordinary file's findings are all still there, and time and memory stay
//   far below what the unbounded parse took (minutes, gigabytes).
//
// Time bounds are generous on purpose (the machine is shared): they catch a
// parse that runs for minutes, not a slow second.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../plugins/standards/lint/all-rules.js';
import { defaultLintConfig } from '../plugins/standards/lint/config.js';
import { lintCorpus } from '../plugins/standards/lint/run.js';
import { documentText, standardFields } from '../plugins/standards/lint/testing.js';
import { ResourceLimitError } from '../plugins/standards/markdown/limits.js';
import { parseMarkdown } from '../plugins/standards/markdown/markdown-parse.js';
import { parseFrontMatter } from '../plugins/standards/parse/front-matter.js';
import { renderBody } from '../plugins/standards/render/body.js';

/** One step of the parser, linter or renderer on one input: far longer than any bounded one takes, far shorter than an unbounded one. */
const STEP_MS = 60_000;
const config = defaultLintConfig(ALL_RULES);

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'scs-limits-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

function timed<T>(step: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = step();
  return { value, ms: performance.now() - started };
}

/** renderBody's answer: a page, or the limit it refused; any other error fails the test. */
function render(markdown: string): { page: boolean; limit: boolean } {
  try {
    const body = renderBody(markdown);
    expect(Array.isArray(body.nodes)).toBe(true);
    return { page: true, limit: false };
  } catch (error) {
    if (error instanceof ResourceLimitError) return { page: false, limit: true };
    throw error;
  }
}

function parse(markdown: string): 'tree' | 'limit' {
  try {
    expect(parseMarkdown(markdown).type).toBe('root');
    return 'tree';
  } catch (error) {
    if (error instanceof ResourceLimitError) return 'limit';
    throw error;
  }
}

let fileNumber = 0;
/** Lints one document in a folder of its own; the time budget is out of the way, so only the limits decide. */
async function lintOne(text: string) {
  const root = await mkdtemp(path.join(work, 'corpus-'));
  await writeFile(path.join(root, `scs-01${String(fileNumber++ % 100).padStart(2, '0')}-v1-generated.md`), text);
  const started = performance.now();
  const result = await lintCorpus({ root, config, date: '2025-06-01', cacheFile: null, parallel: 'off', timeBudgetMs: 10 * STEP_MS });
  const ms = performance.now() - started;
  await rm(root, { recursive: true, force: true });
  return { result, ms, limits: result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'resource-limit') };
}

/** The property for one Markdown body: every tool finishes in time with an answer, and they agree on the limits. */
async function checkBody(body: string): Promise<void> {
  const parsed = timed(() => parse(body));
  const rendered = timed(() => render(body));
  const linted = await lintOne(documentText(standardFields(), body));
  expect(parsed.ms).toBeLessThan(STEP_MS);
  expect(rendered.ms).toBeLessThan(STEP_MS);
  expect(linted.ms).toBeLessThan(STEP_MS);
  // A file the linter passes renders; a file the renderer refuses has a resource-limit finding.
  expect(linted.limits.length > 0).toBe(rendered.value.limit);
  expect(parsed.value === 'limit').toBe(rendered.value.limit);
  expect(linted.result.fileCount).toBe(1);
}

const RUNS = { numRuns: 12, endOnFailure: true } as const;

describe('property: generated inputs finish within the limits with output or findings', () => {
  const containers = ['> ', '>', '- ', '* ', '1. ', '+ ', '  ', '<div>', '<section>', '<b>', '<ul><li>', ':::note\n', ':::tip\n', '\n'];
  const nesting = fc
    .record({
      parts: fc.array(fc.constantFrom(...containers), { minLength: 1, maxLength: 4 }),
      depth: fc.integer({ min: 1, max: 4_000 }),
      tail: fc.constantFrom('x', '*a* and **b**', '[l](https://example.org)', '`code`', '</div></b>', '\n:::'),
      repeat: fc.integer({ min: 1, max: 3 }),
    })
    .map(({ parts, depth, tail, repeat }) => `${Array.from({ length: depth }, (_, index) => parts[index % parts.length]).join('')}${tail}\n`.repeat(repeat));

  it('nesting of quotes, lists, HTML and directives', async () => {
    await fc.assert(fc.asyncProperty(nesting, checkBody), RUNS);
  }, 20 * STEP_MS);

  const markup = fc
    .array(fc.constantFrom('*', '**', '_', '__', '~~', '~', 'a', ' ', '*a', 'a*', '_a_', '\\*', '`', '[', ']', '(u)', '![', '<', '>', '[^1]', 'www.x.y', 'a@b.c', '|', '\n', '\n\n', '&amp;'), {
      maxLength: 40_000,
    })
    .map((pieces) => `${pieces.join('')}\n`);

  it('runs of emphasis and other markup', async () => {
    await fc.assert(fc.asyncProperty(markup, checkBody), RUNS);
  }, 20 * STEP_MS);

  const yaml = fc
    .record({
      anchors: fc.integer({ min: 0, max: 3_000 }),
      aliases: fc.integer({ min: 0, max: 3_000 }),
      perField: fc.boolean(),
      flowDepth: fc.integer({ min: 0, max: 300 }),
    })
    .map(({ anchors, aliases, perField, flowDepth }) => {
      const lines = [...standardFields(), 'base: &base value'];
      if (anchors > 0) lines.push('anchored:', ...Array.from({ length: anchors }, (_, index) => `  - &a${index} [item]`));
      if (aliases > 0) {
        if (perField) lines.push(...Array.from({ length: aliases }, (_, index) => `k${index}: *base`));
        else lines.push(`many: [${Array.from({ length: aliases }, () => '*base').join(', ')}]`);
      }
      if (flowDepth > 0) lines.push(`deep: ${'['.repeat(flowDepth)}${']'.repeat(flowDepth)}`);
      return { text: documentText(lines), over: anchors + 1 > 100 || aliases > 100 || flowDepth > 100 };
    });

  it('YAML anchors, aliases and flow nesting in front matter', async () => {
    await fc.assert(
      fc.asyncProperty(yaml, async ({ text, over }) => {
        const parsed = timed(() => parseFrontMatter(text));
        const linted = await lintOne(text);
        expect(parsed.ms).toBeLessThan(STEP_MS);
        expect(linted.ms).toBeLessThan(STEP_MS);
        const limited = parsed.value.findings.some((finding) => finding.ruleId === 'resource-limit');
        expect(limited).toBe(over);
        expect(linted.limits.length > 0).toBe(over);
        // Within the limits the fields are read (the alias limit per value may still report a bomb, never hang).
        if (!over) expect(parsed.value.fields.map((field) => field.key)).toContain('title');
      }),
      RUNS,
    );
  }, 20 * STEP_MS);
});

describe('exhaustion fixtures (generated, up to 1 MB each)', () => {
  const MB = 1024 * 1024 - 4096; // under the size limit with the front matter
  const fill = (unit: string, bytes = MB) => unit.repeat(Math.floor(bytes / unit.length));
  const bodies: Record<string, string> = {
    'block quotes': `${fill('>')}x\n`,
    'block quotes with blanks': `${fill('> ')}x\n`,
    'lists on one line': `${fill('- ')}x\n`,
    'ordered lists on one line': `${fill('1. ')}x\n`,
    'lists by indentation': Array.from({ length: 900 }, (_, index) => `${' '.repeat(2 * index)}- x`).join('\n'),
    'HTML elements': fill('<div>'),
    'HTML elements with attributes': fill('<span class="a>b" title=\'<\'>'),
    directives: fill(':::note\n'),
    'emphasis runs': fill('*a'),
    'mixed emphasis': fill('_a*b~'),
    footnotes: `${fill('[^a] ', MB / 2)}\n\n${fill('[^a]: n\n', MB / 2)}`,
    'brackets': fill('['),
    'image openers': fill('!['),
    'angle brackets': fill('<'),
    'web addresses': fill('www.a.b '),
    'e-mail addresses': fill('a@b.c '),
    'a wide table': `|${fill('a|', MB / 2)}\n|${fill('-|', MB / 2)}\nx\n`,
    'a long table': `| a | b |\n| - | - |\n${fill('| x | y |\n')}`,
    // Work per file: every current limit above holds for these, yet each took minutes to render in full.
    headings: fill('# a\n'),
    'setext headings': fill('a\n=\n'),
    'list items': fill('- a\n'),
    'paragraphs between quotes': fill('a\n\n> b\n\n'),
    'short lines': fill('a\n'),
    'code spans': fill('`a` '),
    'nodes on few lines': '- a `b` *c* [d](e) <br> f\n'.repeat(2_500),
  };
  const frontMatters: Record<string, string> = {
    'YAML anchors': documentText([...standardFields(), 'x:', ...Array.from({ length: 40_000 }, (_, index) => `  - &a${index} v`)]),
    'YAML aliases, one per field': documentText([...standardFields(), 'base: &a v', ...Array.from({ length: 60_000 }, (_, index) => `k${index}: *a`)]),
    'YAML flow nesting': documentText([...standardFields(), `x: ${'['.repeat(400_000)}${']'.repeat(400_000)}`]),
  };

  it('are each reported by the linter in one run that still reports every other file', async () => {
    const root = await mkdtemp(path.join(work, 'exhaustion-'));
    const names = new Map<string, string>();
    let number = 100;
    for (const body of Object.values(bodies)) names.set(`scs-0${number++}-v1-hostile.md`, documentText(standardFields(), body));
    for (const text of Object.values(frontMatters)) names.set(`scs-0${number++}-v1-hostile.md`, text);
    for (const [name, text] of names) {
      expect(Buffer.byteLength(text), name).toBeLessThanOrEqual(1024 * 1024);
      await writeFile(path.join(root, name), text);
    }
    // An ordinary broken file among them: its findings must all be printed.
    await writeFile(path.join(root, 'scs-0200-v1-broken.md'), '---\ntitle: Broken\nstatus: Final\n---\n\nText.\n');
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const result = await lintCorpus({ root, config, date: '2025-06-01', cacheFile: null, parallel: 'off' });
    const ms = performance.now() - started;
    const limited = new Set(result.diagnostics.filter((d) => d.ruleId === 'resource-limit').map((d) => d.file));
    expect([...names.keys()].filter((name) => !limited.has(name))).toEqual([]);
    expect(result.diagnostics.filter((d) => d.file === 'scs-0200-v1-broken.md').map((d) => d.ruleId)).toEqual(
      expect.arrayContaining(['front-matter-value', 'front-matter-required']),
    );
    // 29 files of about 1 MB: unbounded, single files of these took minutes and gigabytes.
    expect(ms).toBeLessThan(5 * STEP_MS);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(1024 * 1024 * 1024);
    await rm(root, { recursive: true, force: true });
  }, 10 * STEP_MS);

  it('one run of a million emphasis markers is one run: rendered within the time bound', () => {
    const { value, ms } = timed(() => render(fill('*')));
    expect(value.page).toBe(true);
    expect(ms).toBeLessThan(STEP_MS);
  }, 2 * STEP_MS);

  it.each(Object.entries(bodies))('%s: the renderer refuses it quickly, with the line', (_, body) => {
    const { value, ms } = timed(() => {
      try {
        renderBody(body);
        return null;
      } catch (error) {
        return error;
      }
    });
    expect(value).toBeInstanceOf(ResourceLimitError);
    expect((value as ResourceLimitError).hit.span.start.line).toBeGreaterThanOrEqual(1);
    expect(ms).toBeLessThan(STEP_MS);
  }, 2 * STEP_MS);
});
