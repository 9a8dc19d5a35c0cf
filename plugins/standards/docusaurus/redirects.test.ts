import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../parse/load-corpus.js';
import type { Registry } from '../model/registry.js';
import { buildRedirects, formatRedirectPage } from './redirects.js';

const FIXTURE = path.resolve(__dirname, '../../../tests/fixtures/portal-corpus');
const DATE = '2025-01-15';
let registry: Registry;

beforeAll(async () => {
  registry = (await loadCorpus(FIXTURE)).registry;
});

describe('buildRedirects', () => {
  it('leads each standard number to its status page and /latest to the version in force', () => {
    expect(buildRedirects(registry, DATE).map((redirect) => `${redirect.from} -> ${redirect.to} (${redirect.title})`)).toMatchInlineSnapshot(`
      [
        "/standards/scs-0100 -> /standards/iaas/scs-0100 (scs-0100 status)",
        "/standards/scs-0100/latest -> /standards/scs-0100-v2-flavor-naming (scs-0100, current version)",
        "/standards/scs-0210 -> /standards/kaas/scs-0210 (scs-0210 status)",
        "/standards/scs-0210/latest -> /standards/scs-0210-v1-k8s-version-policy (scs-0210, current version)",
        "/standards/scs-0300 -> /standards/iam/scs-0300 (scs-0300 status)",
        "/standards/scs-0300/latest -> /standards/scs-0300-v1-role-naming (scs-0300, current version)",
      ]
    `);
  });
});

describe('formatRedirectPage', () => {
  const redirect = { from: '/standards/scs-0100/latest', to: '/standards/scs-0100-v2-flavor-naming', title: 'scs-0100, current version' };

  it('is a file named after the short path, with a refresh, a canonical link and a visible link', () => {
    expect(formatRedirectPage(redirect, 'https://docs.scs.community')).toEqual({
      path: '/standards/scs-0100/latest.html',
      content: `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>scs-0100, current version</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=/standards/scs-0100-v2-flavor-naming">
<link rel="canonical" href="https://docs.scs.community/standards/scs-0100-v2-flavor-naming">
</head>
<body>
<main>
<p>This address leads to <a href="/standards/scs-0100-v2-flavor-naming">/standards/scs-0100-v2-flavor-naming</a>.</p>
</main>
</body>
</html>
`,
    });
  });

  it('keeps the base path of a site served below the root', () => {
    const { content } = formatRedirectPage(redirect, 'https://example.org/docs/');
    expect(content).toContain('<meta http-equiv="refresh" content="0; url=/docs/standards/scs-0100-v2-flavor-naming">');
    expect(content).toContain('<link rel="canonical" href="https://example.org/docs/standards/scs-0100-v2-flavor-naming">');
  });

  it('escapes what it writes into HTML', () => {
    const { content } = formatRedirectPage({ from: '/x', to: '/a"b<c>&', title: '<script>' }, 'https://example.org');
    expect(content).toContain('<title>&lt;script&gt;</title>');
    expect(content).toContain('url=/a&quot;b&lt;c&gt;&amp;"');
    expect(content).not.toContain('<script>');
  });
});
