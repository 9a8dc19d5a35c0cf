import { describe, expect, it } from 'vitest';
import { applyLinkCheckConfig, disabledLinkLines, headersForUrl, linkCheckCacheKey, parseDuration, parseLinkCheckConfig } from './external-links-config.js';

const FILE = 'mlc_config.json';
const parse = (value: unknown, env: Record<string, string> = {}) => parseLinkCheckConfig(typeof value === 'string' ? value : JSON.stringify(value), FILE, env);

// An mlc_config.json as repositories using markdown-link-check write them (our own example, every key it reads).
const EXAMPLE = {
  ignorePatterns: [{ pattern: '^https://internal\\.example\\.org/' }, { pattern: 'localhost' }],
  replacementPatterns: [
    { pattern: '^http://old\\.example\\.org', replacement: 'https://new.example.org' },
    { pattern: 'TOKEN', replacement: '{{env.LINK_TOKEN}}', global: true },
  ],
  httpHeaders: [
    { urls: ['https://api.github.com/', 'https://github.com/'], headers: { Authorization: 'Bearer {{env.GITHUB_TOKEN}}', Accept: 'text/html' } },
    { urls: ['https://'], headers: { 'Accept-Language': 'en' } },
  ],
  timeout: '20s',
  retryOn429: true,
  retryCount: 5,
  fallbackRetryDelay: '30s',
  aliveStatusCodes: [200, 206, 403],
};

describe('mlc_config.json', () => {
  it('reads every setting lint:links uses', () => {
    const parsed = parse(EXAMPLE, { GITHUB_TOKEN: 'abc', LINK_TOKEN: 't' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { config, warnings } = parsed;
    expect(warnings).toEqual([]);
    expect(config.timeoutMs).toBe(20_000);
    expect(config.fallbackRetryDelayMs).toBe(30_000);
    expect(config.retryOn429).toBe(true);
    expect(config.retryCount).toBe(5);
    expect(config.aliveStatusCodes).toEqual([200, 206, 403]);
    expect(applyLinkCheckConfig('https://internal.example.org/wiki', config)).toEqual({ ignored: '^https:\\/\\/internal\\.example\\.org\\/' });
    expect(applyLinkCheckConfig('http://localhost:3000/', config)).toEqual({ ignored: 'localhost' });
    expect(applyLinkCheckConfig('http://old.example.org/a?k=TOKEN&j=TOKEN', config)).toEqual({ url: 'https://new.example.org/a?k=t&j=t' });
    const headers = headersForUrl(config);
    expect(headers('https://github.com/SovereignCloudStack')).toEqual({ Authorization: 'Bearer abc', Accept: 'text/html' });
    expect(headers('https://example.com/')).toEqual({ 'Accept-Language': 'en' });
    expect(headers('http://example.com/')).toEqual({});
  });

  it('accepts a byte-order mark, an empty object and unset environment variables', () => {
    const parsed = parse(`\uFEFF${JSON.stringify({ httpHeaders: [{ urls: ['https://x.example/'], headers: { Authorization: 'token {{env.NOT_SET}}' } }] })}`);
    expect(parsed.ok && headersForUrl(parsed.config)('https://x.example/a')).toEqual({ Authorization: 'token ' });
    expect(parse({})).toEqual({ ok: true, config: expect.objectContaining({ ignorePatterns: [], aliveStatusCodes: null }), warnings: [] });
  });

  it('warns about keys it does not use', () => {
    const parsed = parse({ projectBaseUrl: '{{BASEURL}}/docs', retryOn428: true, replacementPatterns: [{ pattern: '^/', replacement: '{{BASEURL}}/' }] });
    expect(parsed.ok && parsed.warnings).toEqual([
      'mlc_config.json: `projectBaseUrl` is a markdown-link-check setting that lint:links does not use; ignored',
      'mlc_config.json: Unexpected key `retryOn428`, expected one of ignorePatterns, replacementPatterns, httpHeaders, timeout, retryOn429, retryCount, fallbackRetryDelay, aliveStatusCodes; ignored',
      'mlc_config.json: `{{BASEURL}}` in replacementPatterns[0] is not supported (links inside the repository are checked by lint:standards); the pattern is skipped',
    ]);
  });

  it.each([
    ['{"ignorePatterns": [', /^mlc_config\.json: not valid JSON \(/],
    [[], /^mlc_config\.json: Unexpected a list, expected a JSON object$/],
    [{ ignorePatterns: 'x' }, /^mlc_config\.json: Unexpected `x` in `ignorePatterns`, expected a list of \{ "pattern": "…" \}$/],
    [{ ignorePatterns: [{ pattern: '(' }] }, /^mlc_config\.json: Unexpected `\(` in `ignorePatterns\[0\]\.pattern`, expected a regular expression \(Invalid regular expression/],
    [{ ignorePatterns: [{ regex: 'x' }] }, /^mlc_config\.json: Unexpected an object in `ignorePatterns\[0\]`, expected an object with a "pattern" string$/],
    [{ replacementPatterns: [{ pattern: 'x' }] }, /expected an object with "pattern" and "replacement" strings$/],
    [{ httpHeaders: [{ urls: 'https://x', headers: {} }] }, /in `httpHeaders\[0\]\.urls`, expected a list of URL prefixes$/],
    [{ httpHeaders: [{ urls: ['https://x'], headers: { A: 1 } }] }, /in `httpHeaders\[0\]\.headers`, expected an object of header names and string values$/],
    [{ httpHeaders: [{ urls: ['https://x'], headers: { 'Bad Name': 'v' } }] }, /Unexpected `Bad Name` in `httpHeaders\[0\]\.headers`, expected header names/],
    [{ httpHeaders: [{ urls: ['https://x'], headers: { A: 'v\r\nInjected: yes' } }] }, /expected header values on one line$/],
    [{ timeout: 'soon' }, /Unexpected `soon` in `timeout`, expected a duration such as "10s"/],
    [{ retryOn429: 'yes' }, /Unexpected `yes` in `retryOn429`, expected true or false$/],
    [{ retryCount: 2.5 }, /Unexpected `2\.5` in `retryCount`, expected a whole number from 0 to 10$/],
    [{ aliveStatusCodes: [200, '206'] }, /Unexpected a list in `aliveStatusCodes`, expected a list of HTTP status codes/],
  ])('refuses %j with one clear line', (input, message) => {
    const parsed = parse(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('reads durations as markdown-link-check writes them', () => {
    expect([parseDuration('10s'), parseDuration('500ms'), parseDuration('2m'), parseDuration('1.5s'), parseDuration(250), parseDuration('7d')]).toEqual([10_000, 500, 120_000, 1500, 250, 604_800_000]);
    expect([parseDuration('ten'), parseDuration(-1), parseDuration('5 weeks'), parseDuration(null)]).toEqual([null, null, null, null]);
  });

  it('gives a cache key that changes with what changes answers, and holds no header values', () => {
    const a = parse({ aliveStatusCodes: [200] });
    const b = parse({ aliveStatusCodes: [200, 403] });
    const c = parse({ httpHeaders: [{ urls: ['https://x/'], headers: { Authorization: 'secret-value' } }] });
    if (!a.ok || !b.ok || !c.ok) throw new Error('unexpected');
    expect(linkCheckCacheKey(a.config)).not.toBe(linkCheckCacheKey(b.config));
    expect(linkCheckCacheKey(c.config)).not.toContain('secret-value');
  });
});

describe('markdown-link-check comments in documents', () => {
  it('switch off the links of a range, the next line or their own line', () => {
    const text = [
      'a', // 1
      '<!-- markdown-link-check-disable -->', // 2
      'b', // 3
      '<!-- markdown-link-check-enable -->', // 4
      'c', // 5
      '<!-- markdown-link-check-disable-next-line -->', // 6
      'd', // 7
      'e <!-- markdown-link-check-disable-line -->', // 8
      'f', // 9
      '<!--markdown-link-check-disable-->', // 10: not the form markdown-link-check reads (no spaces)
      'g', // 11
      '<!-- markdown-link-check-disable -->', // 12
      'h', // 13
    ].join('\n');
    expect([...disabledLinkLines(text)]).toEqual([2, 3, 4, 7, 8, 12, 13]);
  });
});
