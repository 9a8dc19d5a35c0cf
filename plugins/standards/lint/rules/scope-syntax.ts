// A scope file must be readable YAML, a mapping, and in the current format;
// otherwise nothing else about it can be checked (see parse/scope.ts).
import { surfaceScopeParseFindings } from '../scope-findings.js';
import { SCOPE_EXAMPLE, SCOPE_EXAMPLE_DOCUMENTS } from '../scope-examples.js';

export const rule = surfaceScopeParseFindings({
  id: 'scope-syntax',
  description: 'Scope files are readable YAML mappings in the current scope format (not the older `standards`/`check_tools` one).',
  defaultSeverity: 'error',
  examples: [
    {
      title: 'a scope still in the older format, with `standards` and `check_tools` under each version',
      file: 'scopes/sovereign-iaas.yaml',
      text: 'name: Sovereign IaaS baseline\nurl: https://docs.scs.community/standards/scopes/sovereign-iaas\nversions:\n  - version: v1\n    standards:\n      - name: Flavor naming\n        url: https://docs.scs.community/standards/scs-0100-v3-flavor-naming\n        check_tools:\n          - executable: ./iaas/check-flavors.py\n',
      others: SCOPE_EXAMPLE_DOCUMENTS,
      findings: ['5:5 Unexpected scope file in the older format (versions that list `standards` with `check_tools`), expected the current format with top-level `modules`, `versions`, `timeline` and `scripts`'],
    },
    {
      title: 'a key written twice',
      file: 'scopes/sovereign-iaas.yaml',
      text: SCOPE_EXAMPLE.replace('name: Sovereign IaaS baseline\n', 'name: Sovereign IaaS baseline\nname: Sovereign IaaS\n'),
      others: SCOPE_EXAMPLE_DOCUMENTS,
      findings: ['3:1 Unexpected duplicate key, expected each key once in a scope file'],
    },
    {
      title: 'a scope in the current format',
      file: 'scopes/sovereign-iaas.yaml',
      text: SCOPE_EXAMPLE,
      others: SCOPE_EXAMPLE_DOCUMENTS,
      findings: [],
    },
  ],
});
