// axe-core in a playwright page: the WCAG 2.0 and 2.1 A and AA rules, and a
// readable listing of what failed, so a test failure says what to fix where.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, NodeResult, Result } from 'axe-core';

const require = createRequire(import.meta.url);
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

/** The rule sets public administrations in the EU are held to (EN 301 549 points at WCAG 2.1 AA). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export type ColorScheme = 'light' | 'dark';

/**
 * Runs axe on the page as it is now. Only the WCAG A/AA rules run; rules marked
 * "best practice" are left out on purpose, the standard is what readers are owed.
 */
export async function runAxe(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(
    // Runs in the page, where axe.min.js put `axe` on window.
    async (tags) => (await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })),
    [...WCAG_TAGS],
  );
  return results.violations;
}

/** Number of failing elements over all rules: the figure a reader of the report compares. */
export function countNodes(violations: readonly Result[]): number {
  return violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
}

function describeNode(node: NodeResult): string {
  const target = node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' ');
  // axe's summary carries the measured figures (e.g. "contrast of 4.22 (foreground #3578e5 …)").
  const why = (node.failureSummary ?? '').split('\n').slice(1).map((line) => line.trim()).filter(Boolean).join(' ');
  return `    ${target}\n      ${why}\n      ${node.html.replace(/\s+/g, ' ').slice(0, 160)}`;
}

/** One block per rule: id, impact, what it checks, and up to `perRule` failing elements. */
export function formatViolations(violations: readonly Result[], perRule = 8): string {
  if (violations.length === 0) return 'no violations';
  return violations
    .map((violation) => {
      const shown = violation.nodes.slice(0, perRule).map(describeNode);
      const more = violation.nodes.length > perRule ? [`    … and ${violation.nodes.length - perRule} more`] : [];
      return [`  ${violation.id} (${violation.impact}, ${violation.nodes.length} element(s)): ${violation.help}`, ...shown, ...more].join('\n');
    })
    .join('\n');
}

/** Violations in light and then dark mode, one readable line per failing element ("dark: " before the dark ones). */
export async function axeViolationsInBothModes(page: Page): Promise<string[]> {
  const lines = (violations: readonly Result[], prefix: string) =>
    violations.flatMap((violation) => violation.nodes.map((node) => `${prefix}${violation.id}: ${node.target.join(' ')}`));
  const light = lines(await runAxe(page), '');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload({ waitUntil: 'networkidle' });
  const dark = lines(await runAxe(page), 'dark: ');
  await page.emulateMedia({ colorScheme: 'light' });
  return [...light, ...dark];
}
