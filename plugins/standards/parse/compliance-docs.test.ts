// The example on docs/lint-rules/compliance-file.md is what the build prints
// for it: the page's YAML block parsed, its findings formatted as the scopes
// plugin prints them, and compared with the page's output block.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseComplianceFile } from './compliance.js';

const PAGE = readFileSync(path.join(import.meta.dirname, '../../../docs/lint-rules/compliance-file.md'), 'utf8');

describe('docs/lint-rules/compliance-file.md', () => {
  it('shows the findings the build prints for its example file', () => {
    const [, file, yaml] = /```yaml title="([^"]+)"\n([\s\S]*?)```/.exec(PAGE)!;
    const [, output] = /```text\n([\s\S]*?)```/.exec(PAGE)!;
    const { findings } = parseComplianceFile(path.basename(file!), yaml!);
    const lines = findings.map((finding) => `${file}:${finding.span?.start.line}:${finding.span?.start.column}  ${finding.message}  ${finding.ruleId}`);
    expect(lines).toEqual(output!.trimEnd().split('\n'));
  });
});
