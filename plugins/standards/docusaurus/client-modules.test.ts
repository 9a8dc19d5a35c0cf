// What the browser runs of the plugin (the state computation of
// ./page-states.ts and ./dated.ts, the banner, the timeline) imports no Node
// module and nothing that reads files or holds the registry: every module it
// reaches is listed here, so growing the bundle is a decision, not an accident.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const ENTRIES = ['docusaurus/page-states.ts', 'docusaurus/dated.ts', 'docusaurus/timeline.ts', 'docusaurus/sidebar-states.ts', 'docusaurus/scope-states.ts', 'docusaurus/latest-link.ts', 'model/lifecycle.ts'];

/** Modules reached by value imports (`import type` is erased), relative to plugins/standards. */
function reached(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    for (const [, typeOnly, specifier] of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
      if (typeOnly) continue;
      if (!specifier!.startsWith('.')) {
        seen.add(specifier!);
        continue;
      }
      queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier!.replace(/\.js$/, '.ts'))));
    }
  }
  return seen;
}

describe('the modules the browser runs', () => {
  it('are pure model and page-prop code, without Node', () => {
    expect([...reached(ENTRIES)].sort()).toEqual([
      'docusaurus/banner.ts',
      'docusaurus/dated.ts',
      'docusaurus/latest-link.ts',
      'docusaurus/links.ts',
      'docusaurus/page-states.ts',
      'docusaurus/scope-states.ts',
      'docusaurus/sidebar-states.ts',
      'docusaurus/timeline.ts',
      'export/urls.ts',
      'model/lifecycle.ts',
      'model/scope-timeline.ts',
      'model/scope.ts',
      'model/vocabulary.ts',
    ]);
  });
});
