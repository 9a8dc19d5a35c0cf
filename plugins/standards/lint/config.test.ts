import { describe, expect, it } from 'vitest';
import { ALL_RULES } from './all-rules.js';
import { parseLintConfig } from './config.js';

const parse = (text: string) => parseLintConfig(text, 'standards-lint.config.json', ALL_RULES);

describe('parseLintConfig', () => {
  it('fills in every default from an empty object', () => {
    const result = parse('{}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.options).toEqual({
      siteUrl: 'https://docs.scs.community',
      standardsPath: '/standards',
      maxFileBytes: 1048576,
      externalLinks: false,
      markdownStyle: { preset: 'recommended+consistent' },
    });
    expect(result.config.severities['front-matter-unknown-key']).toBe('warn');
    expect(result.config.severities['file-name']).toBe('error');
    expect(Object.keys(result.config.severities)).toHaveLength(ALL_RULES.length);
  });

  it('reads every key', () => {
    const result = parse(
      JSON.stringify({
        rules: { 'file-size': 'warn', 'markdown-style': 'off' },
        markdownStyle: { preset: 'recommended' },
        siteUrl: 'https://example.org/',
        standardsPath: '/docs/standards/',
        maxFileBytes: 2048,
      }),
    );
    expect(result.ok && result.config.severities['file-size']).toBe('warn');
    expect(result.ok && result.config.severities['markdown-style']).toBe('off');
    expect(result.ok && result.config.options).toEqual({
      siteUrl: 'https://example.org',
      standardsPath: '/docs/standards',
      maxFileBytes: 2048,
      externalLinks: false,
      markdownStyle: { preset: 'recommended' },
    });
  });

  it.each([
    ['{', /^standards-lint\.config\.json: Invalid JSON: /],
    ['[]', 'Unexpected JSON value, expected an object such as `{ "rules": { "file-size": "warn" } }`'],
    ['{"rule": {}}', 'Unexpected key `rule` (did you mean `rules`?), expected one of `$schema`, `rules`, `markdownStyle`, `siteUrl`, `standardsPath`, `maxFileBytes`'],
    ['{"rules": []}', 'Unexpected `rules`, expected an object mapping rule ids to "off", "warn" or "error"'],
    ['{"rules": {"file-nam": "off"}}', 'Unexpected rule `file-nam` (did you mean `file-name`?), expected the id of a rule (see docs/lint-rules/)'],
    ['{"rules": {"no-such-rule-at-all": "off"}}', 'Unexpected rule `no-such-rule-at-all`, expected the id of a rule (see docs/lint-rules/)'],
    ['{"rules": {"file-name": "warning"}}', 'Unexpected "warning" for rule `file-name`, expected "off", "warn" or "error"'],
    ['{"rules": {"file-name": 2}}', 'Unexpected 2 for rule `file-name`, expected "off", "warn" or "error"'],
    ['{"siteUrl": "docs.scs.community"}', 'Unexpected "docs.scs.community" for `siteUrl`, expected the site\'s origin, e.g. "https://docs.scs.community"'],
    ['{"standardsPath": "standards"}', 'Unexpected "standards" for `standardsPath`, expected a path from the site root, e.g. "/standards"'],
    ['{"maxFileBytes": "1 MB"}', 'Unexpected "1 MB" for `maxFileBytes`, expected a whole number of bytes, e.g. 1048576'],
    ['{"maxFileBytes": 0}', 'Unexpected 0 for `maxFileBytes`, expected a whole number of bytes, e.g. 1048576'],
    ['{"markdownStyle": {"preset": "strict"}}', 'Unexpected "strict" for `markdownStyle.preset`, expected one of "recommended", "consistent", "recommended+consistent"'],
  ])('refuses %s', (text, expected) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (typeof expected === 'string') expect(result.message).toBe(`standards-lint.config.json: ${expected}`);
    else expect(result.message).toMatch(expected);
  });
});
