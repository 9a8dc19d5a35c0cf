// The scope rules' "every error" fixture: one of each problem they find,
// asserted as one complete list, so a rule that goes quiet or starts
// reporting twice shows up here.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../plugins/standards/lint/all-rules.js';
import { configFor } from '../plugins/standards/lint/testing.js';
import { lintCorpus } from '../plugins/standards/lint/run.js';

const ROOT = path.join(import.meta.dirname, 'fixtures/scope-every-error');
const SCOPE_RULES = ALL_RULES.map((rule) => rule.meta.id).filter((id) => id.startsWith('scope-'));

describe('the scope every-error fixture', () => {
  it('reports every problem once, with file, line, column, severity and rule id', async () => {
    const result = await lintCorpus({ root: ROOT, config: configFor({ rules: SCOPE_RULES }), date: '2026-11-27', cacheFile: null, parallel: 'off' });
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`)).toEqual([
      "scopes/broken.yaml:3:1 error scope-syntax Invalid YAML in scope file: Flow sequence in block collection must be sufficiently indented and end with a ]",
      "scopes/every-error.yaml:4:1 error scope-schema Unexpected key `colour` in the scope, expected one of `uuid`, `name`, `url`, `versions`, `modules`, `timeline`, `scripts`, `variables` or `prerequisite`",
      "scopes/every-error.yaml:12:21 error scope-reference Unexpected test case `no-such-test` in target `main` of module `scs-0100-v3`, expected the id of a test case in `scripts`",
      "scopes/every-error.yaml:13:5 error scope-unique-id Unexpected repeated module id `scs-0100-v3` (first on line 6), expected each module id once",
      "scopes/every-error.yaml:15:5 error scope-standard Unexpected standard `scs-0105-v1-nothing.md` for module `scs-0105-v1`, expected a document of the registry",
      "scopes/every-error.yaml:18:5 error scope-standard Unexpected Rejected document `scs-0103-v1-rejected.md` for module `scs-0103-v1`, expected a standard that was not turned down",
      "scopes/every-error.yaml:31:19 error scope-schema Unexpected text `fortnight` for `lifetime` of test case `names`, expected one of `day`, `week`, `month`, `quarter` or `year`",
      "scopes/every-error.yaml:32:13 error scope-unique-id Unexpected repeated test case id `names` (first on line 30), expected each test case id once",
      "scopes/every-error.yaml:35:20 error scope-schema Unexpected text `2025-02-30` for `stabilized_at` of version `v2`, expected a day that exists in the calendar",
      "scopes/every-error.yaml:39:11 error scope-reference Unexpected parameter `flavours` bound for module `scs-0100-v3` in version `v2`, expected one it declares (`spec`)",
      "scopes/every-error.yaml:40:9 error scope-reference Unexpected module `scs-0100-v9` in `include` of version `v2`, expected one of the scope's modules (`scs-0100-v3`, `scs-0105-v1`, `scs-0103-v1`, `scs-0101-v1`, `scs-0102-v1`)",
      "scopes/every-error.yaml:41:9 warning scope-standard-state Unexpected Deprecated document `scs-0101-v1-entropy.md` in version `v2`, effective on 2026-11-27, expected a standard in force",
      "scopes/every-error.yaml:42:9 warning scope-standard-state Unexpected Draft document `scs-0102-v1-images.md` in version `v2`, effective on 2026-11-27, expected a standard in force",
      "scopes/every-error.yaml:43:5 error scope-unique-id Unexpected repeated version `v2` (first on line 34), expected each version once",
      "scopes/every-error.yaml:49:7 error scope-timeline Unexpected version `v7` in the timeline on 2025-01-01, expected one of the scope's versions (`v2`)",
      "scopes/every-error.yaml:52:11 error scope-timeline Unexpected text `active` for version `v2` on 2024-06-01, expected one of `draft`, `effective`, `warn` or `deprecated`",
      "scopes/older-format.yaml:5:5 error scope-syntax Unexpected scope file in the older format (versions that list `standards` with `check_tools`), expected the current format with top-level `modules`, `versions`, `timeline` and `scripts`",
    ]);
  });
});
