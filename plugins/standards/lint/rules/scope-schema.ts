// Keys and value types of a scope file, as the community's loader expects
// them: unknown keys, missing required keys, wrong types, impossible dates and
// unknown lifetimes or sections (see parse/scope.ts).
import { surfaceScopeParseFindings } from '../scope-findings.js';
import { SCOPE_EXAMPLE, SCOPE_EXAMPLE_DOCUMENTS } from '../scope-examples.js';

export const rule = surfaceScopeParseFindings({
  id: 'scope-schema',
  description: 'Scope files use only known keys, give the required ones, and values of the right type (calendar days, lifetimes, sections).',
  defaultSeverity: 'error',
  examples: [
    {
      title: 'a lifetime no test runner knows, and a day that does not exist',
      file: 'scopes/sovereign-iaas.yaml',
      text: SCOPE_EXAMPLE.replace('lifetime: month', 'lifetime: fortnight').replace('stabilized_at: 2025-02-01', 'stabilized_at: 2025-02-30'),
      others: SCOPE_EXAMPLE_DOCUMENTS,
      findings: ['15:19 Unexpected text `fortnight` for `lifetime` of test case `flavor-name-syntax`, expected one of `day`, `week`, `month`, `quarter` or `year`', '18:20 Unexpected text `2025-02-30` for `stabilized_at` of version `v1`, expected a day that exists in the calendar'],
    },
    {
      title: 'a misspelt key of a module',
      file: 'scopes/sovereign-iaas.yaml',
      text: SCOPE_EXAMPLE.replace('    parameters:\n      flavor_prefix: prefix', '    parameter:\n      flavor_prefix: prefix'),
      others: SCOPE_EXAMPLE_DOCUMENTS,
      findings: ['7:5 Unexpected key `parameter` in module 1, expected one of `id`, `name`, `url`, `parameters` or `targets`'],
    },
    {
      title: 'a scope with every required key and values of the right type',
      file: 'scopes/sovereign-iaas.yaml',
      text: SCOPE_EXAMPLE,
      others: SCOPE_EXAMPLE_DOCUMENTS,
      findings: [],
    },
  ],
});
