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
      allowPrivateLinks: false,
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
      allowPrivateLinks: false,
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
    ['{"rules": {"resource-limit": "warn"}}', 'Unexpected "warn" for rule `resource-limit`, expected "error": a file over a limit cannot be published, so it must fail the lint'],
    ['{"rules": {"resource-limit": "off"}}', 'Unexpected "off" for rule `resource-limit`, expected "error": a file over a limit cannot be published, so it must fail the lint'],
    // Prototype names are keys like any other.
    ['{"__proto__": {"rules": {}}}', 'Unexpected key `__proto__`, expected one of `$schema`, `rules`, `markdownStyle`, `siteUrl`, `standardsPath`, `maxFileBytes`'],
    ['{"constructor": 1}', 'Unexpected key `constructor`, expected one of `$schema`, `rules`, `markdownStyle`, `siteUrl`, `standardsPath`, `maxFileBytes`'],
    ['{"rules": {"toString": "off"}}', 'Unexpected rule `toString`, expected the id of a rule (see docs/lint-rules/)'],
    ['{"rules": {"__proto__": "off"}}', 'Unexpected rule `__proto__`, expected the id of a rule (see docs/lint-rules/)'],
    ['{"markdownStyle": {"rules": {"constructor": false}}}', /^standards-lint\.config\.json: Unexpected remark-lint rule `constructor` in `markdownStyle\.rules`/],
    ['{"markdownStyle": {"preset": "strict"}}', 'Unexpected "strict" for `markdownStyle.preset`, expected one of "recommended", "consistent", "recommended+consistent"'],
  ])('refuses %s', (text, expected) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (typeof expected === 'string') expect(result.message).toBe(`standards-lint.config.json: ${expected}`);
    else expect(result.message).toMatch(expected);
  });

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    const result = parse('\ufeff{ "rules": { "file-size": "warn" } }');
    expect(result.ok && result.config.severities['file-size']).toBe('warn');
  });
});

describe('loadLintConfig', () => {
  it('reads a config file saved with a byte-order mark', async () => {
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { loadLintConfig } = await import('./config.js');
    const dir = await mkdtemp(path.join(tmpdir(), 'scs-config-'));
    try {
      const file = path.join(dir, 'standards-lint.config.json');
      await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"rules":{"file-name":"warn"}}')]));
      const result = await loadLintConfig(file, ALL_RULES, { required: true });
      expect(result.ok && result.config.severities['file-name']).toBe('warn');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
