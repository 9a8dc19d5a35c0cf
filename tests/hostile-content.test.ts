// The hostile-content fixture (issue 9, sections 1 and 2): documents that try
// to put script on the portal or hide part of themselves, several variants
// per class, and files of active types next to them. Here: the linter's exact
// findings. tests/browser/hostile-content.test.ts builds the portal with the
// same files and clicks everything in Chromium.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../plugins/standards/lint/all-rules.js';
import { defaultLintConfig } from '../plugins/standards/lint/config.js';
import { lintCorpus } from '../plugins/standards/lint/run.js';

const root = path.join(import.meta.dirname, 'fixtures', 'hostile-content');

describe('hostile-content fixture', () => {
  it('gets a finding for everything the portal would remove, change or refuse, at its line and column', async () => {
    const result = await lintCorpus({ root, config: defaultLintConfig(ALL_RULES), date: '2025-06-01', cacheFile: null, parallel: 'off' });
    const lines = result.diagnostics
      .filter((d) => d.ruleId === 'content-safety' || d.ruleId === 'attachment-type')
      .map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`);
    expect(lines).toEqual([
      'scs-0180-v1-svg-animation.md:13:1 content-safety Unexpected `<svg>` element, expected passive HTML only (the portal removes it with its content)',
      'scs-0180-v1-svg-animation.md:17:1 content-safety Unexpected `<svg>` element, expected passive HTML only (the portal removes it with its content)',
      'scs-0180-v1-svg-animation.md:19:53 content-safety Unexpected `<svg>` element, expected passive HTML only (the portal removes it with its content)',
      'scs-0180-v1-svg-animation.md:23:1 content-safety Unexpected `<svg>` element, expected passive HTML only (the portal removes it with its content)',
      'scs-0180-v1-svg-animation.md:27:23 content-safety Unexpected `<animate>` element, expected passive HTML only (the portal removes it with its content)',
      'scs-0180-v1-svg-animation.md:31:1 content-safety Unexpected `<math>` element, expected passive HTML only (the portal removes it with its content)',
      'scs-0180-v1-svg-animation.md:33:1 content-safety Unexpected `<svg>` element, expected passive HTML only (the portal removes it with its content)',
      'scs-0181-v1-unclosed-blocks.md:11:1 content-safety Unexpected unclosed `<noscript>`, expected `</noscript>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0181-v1-unclosed-blocks.md:17:6 content-safety Unexpected unclosed `<template>`, expected `</template>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0181-v1-unclosed-blocks.md:23:1 content-safety Unexpected unclosed `<style>`, expected `</style>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0181-v1-unclosed-blocks.md:29:1 content-safety Unexpected unclosed `<script>`, expected `</script>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0181-v1-unclosed-blocks.md:35:1 content-safety Unexpected unclosed `<textarea>`, expected `</textarea>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0181-v1-unclosed-blocks.md:41:1 content-safety Unexpected unclosed `<title>`, expected `</title>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0181-v1-unclosed-blocks.md:47:1 content-safety Unexpected unclosed `<xmp>`, expected `</xmp>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0181-v1-unclosed-blocks.md:53:1 content-safety Unexpected unclosed `<iframe>`, expected `</iframe>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0181-v1-unclosed-blocks.md:59:1 content-safety Unexpected unclosed `<noembed>`, expected `</noembed>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0181-v1-unclosed-blocks.md:65:1 content-safety Unexpected unclosed `<noframes>`, expected `</noframes>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0181-v1-unclosed-blocks.md:71:1 content-safety Unexpected unclosed `<select>`, expected `</select>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0181-v1-unclosed-blocks.md:77:1 content-safety Unexpected unclosed comment `<!--`, expected `-->` in the same HTML block (the rest of the document would be hidden)',
      'scs-0181-v1-unclosed-blocks.md:83:1 content-safety Unexpected unclosed `<plaintext>`, expected `</plaintext>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0182-v1-unclosed-inline.md:11:19 content-safety Unexpected unclosed `<style>`, expected `</style>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0182-v1-unclosed-inline.md:17:21 content-safety Unexpected unclosed `<noscript>`, expected `</noscript>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0182-v1-unclosed-inline.md:24:17 content-safety Unexpected unclosed `<textarea>`, expected `</textarea>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0182-v1-unclosed-inline.md:31:18 content-safety Unexpected unclosed `<title>`, expected `</title>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0182-v1-unclosed-inline.md:31:30 content-safety Unexpected unclosed `<xmp>`, expected `</xmp>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0182-v1-unclosed-inline.md:38:6 content-safety Unexpected unclosed `<select>`, expected `</select>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0182-v1-unclosed-inline.md:38:23 content-safety Unexpected unclosed `<script>`, expected `</script>` in the same HTML block (the rest of the document would be hidden)',
      'scs-0182-v1-unclosed-inline.md:44:1 content-safety Unexpected tag without its closing `>`, expected a complete tag (the rest of the document would be read as its attributes)',
      'scs-0183-v1-dom-clobbering.md:12:1 content-safety Unexpected `<form>` element, expected passive HTML only (the portal shows its content without it)',
      'scs-0183-v1-dom-clobbering.md:12:19 content-safety Unexpected `<input>` without `disabled`, expected `disabled="true"` (the portal adds it)',
      'scs-0183-v1-dom-clobbering.md:12:19 content-safety Unexpected `<input>` without `type`, expected `type="checkbox"` (the portal adds it)',
      'scs-0184-v1-script-urls.md:11:11 content-safety Unexpected `javascript:` URL in `href` of `<a>`, expected an http(s), mailto or relative URL',
      'scs-0184-v1-script-urls.md:11:50 content-safety Unexpected `javascript:` URL in `href` of `<a>`, expected an http(s), mailto or relative URL',
      'scs-0184-v1-script-urls.md:12:1 content-safety Unexpected `javascript:` URL in `href` of `<a>`, expected an http(s), mailto or relative URL',
      'scs-0184-v1-script-urls.md:12:19 content-safety Unexpected `javascript:` URL in `src` of `<img>`, expected an http(s) or relative URL',
      'scs-0184-v1-script-urls.md:12:65 content-safety Unexpected `vbscript:` URL in `href` of `<a>`, expected an http(s), mailto or relative URL',
      'scs-0184-v1-script-urls.md:17:4 content-safety Unexpected `javascript:` URL in `href` of `<a>`, expected an http(s), mailto or relative URL',
      'scs-0184-v1-script-urls.md:18:4 content-safety Unexpected `javascript:` URL in `href` of `<a>`, expected an http(s), mailto or relative URL',
      'scs-0184-v1-script-urls.md:19:4 content-safety Unexpected `javascript:` URL in `href` of `<a>`, expected an http(s), mailto or relative URL',
      'scs-0184-v1-script-urls.md:20:4 content-safety Unexpected `data:` URL in `href` of `<a>`, expected an http(s), mailto or relative URL',
      'scs-0184-v1-script-urls.md:21:13 content-safety Unexpected attribute `onclick` on `<a>`, expected passive attributes only (the portal removes it)',
      'scs-0184-v1-script-urls.md:22:13 content-safety Unexpected attribute `onmouseover` on `<a>`, expected passive attributes only (the portal removes it)',
      'scs-0184-v1-script-urls.md:24:15 content-safety Unexpected attribute `ontoggle` on `<details>`, expected passive attributes only (the portal removes it)',
      'scs-0184-v1-script-urls.md:26:18 content-safety Unexpected attribute `onerror` on `<img>`, expected passive attributes only (the portal removes it)',
      'scs-0184-v1-script-urls.md:27:1 content-safety Unexpected `<input>` without `disabled`, expected `disabled="true"` (the portal adds it)',
      'scs-0184-v1-script-urls.md:27:1 content-safety Unexpected `<input>` without `type`, expected `type="checkbox"` (the portal adds it)',
      'scs-0184-v1-script-urls.md:27:8 content-safety Unexpected attribute `autofocus` on `<input>`, expected passive attributes only (the portal removes it)',
      'scs-0184-v1-script-urls.md:27:18 content-safety Unexpected attribute `onfocus` on `<input>`, expected passive attributes only (the portal removes it)',
      'scs-0184-v1-script-urls.md:28:1 content-safety Unexpected `<form>` element, expected passive HTML only (the portal shows its content without it)',
      'scs-0184-v1-script-urls.md:28:41 content-safety Unexpected `<button>` element, expected passive HTML only (the portal shows its content without it)',
      'scs-0184-v1-script-urls.md:29:1 content-safety Unexpected `<iframe>` element, expected passive HTML only (the portal removes it with its content)',
      'scs-0184-v1-script-urls.md:30:1 content-safety Unexpected `<object>` element, expected passive HTML only (the portal removes it with its content)',
      'scs-0184-v1-script-urls.md:30:52 content-safety Unexpected `<embed>` element, expected passive HTML only (the portal removes it with its content)',
      'scs-0184-v1-script-urls.md:31:1 content-safety Unexpected `<meta>` element, expected passive HTML only (the portal removes it with its content)',
      'scs-0184-v1-script-urls.md:32:1 content-safety Unexpected `<base>` element, expected passive HTML only (the portal removes it with its content)',
      'scs-0184-v1-script-urls.md:33:4 content-safety Unexpected attribute `style` on `<p>`, expected passive attributes only (the portal removes it)',
      'scs-0184-v1-script-urls.md:33:35 content-safety Unexpected attribute `onclick` on `<p>`, expected passive attributes only (the portal removes it)',
      'scs-0185-v1-attachments.md:13:23 attachment-type Unexpected `.html` file (`./scs-0185-page.html`) in a link, expected a passive type the portal publishes (PNG, JPEG, GIF, WebP, AVIF, SVG, CSV, JSON, YAML, plain text or PDF)',
      'scs-0185-v1-attachments.md:13:55 attachment-type Unexpected `.xhtml` file (`./scs-0185-page.xhtml`) in a link, expected a passive type the portal publishes (PNG, JPEG, GIF, WebP, AVIF, SVG, CSV, JSON, YAML, plain text or PDF)',
      'scs-0185-v1-attachments.md:14:1 attachment-type Unexpected `.xml` file (`./scs-0185-data.xml`) in a link, expected a passive type the portal publishes (PNG, JPEG, GIF, WebP, AVIF, SVG, CSV, JSON, YAML, plain text or PDF)',
      'scs-0185-v1-attachments.md:14:37 attachment-type Unexpected `.js` file (`./scs-0185-tool.js`) in a link, expected a passive type the portal publishes (PNG, JPEG, GIF, WebP, AVIF, SVG, CSV, JSON, YAML, plain text or PDF)',
      'scs-0185-v1-attachments.md:14:72 attachment-type Unexpected `.bin` file (`./scs-0185-blob.bin`) in a link, expected a passive type the portal publishes (PNG, JPEG, GIF, WebP, AVIF, SVG, CSV, JSON, YAML, plain text or PDF)',
    ]);
    // The SVG files, as the portal's SVG sanitizer reads them: everything it leaves out of the published picture, where it stands.
    expect(result.diagnostics.filter((d) => d.ruleId === 'attachment-svg').map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      "scs-0185-animate.svg:2:3 Unexpected <a> in an SVG picture, expected only static drawing: the portal publishes the picture without it",
      "scs-0185-animate.svg:3:5 Unexpected <set> in an SVG picture, expected only static drawing: the portal publishes the picture without it",
      "scs-0185-animate.svg:4:5 Unexpected <animate> in an SVG picture, expected only static drawing: the portal publishes the picture without it",
      "scs-0185-foreign.svg:2:3 Unexpected <foreignObject> in an SVG picture, expected only static drawing: the portal publishes the picture without it",
      "scs-0185-foreign.svg:3:3 Unexpected href=\"…\" on <image> in an SVG picture, expected only static drawing: the portal publishes the picture without it",
      "scs-0185-foreign.svg:4:3 Unexpected href=\"…\" on <use> in an SVG picture, expected only static drawing: the portal publishes the picture without it",
      "scs-0185-large.svg:1:1 Unexpected onload=\"…\" on <svg> in an SVG picture, expected only static drawing: the portal publishes the picture without it",
      "scs-0185-large.svg:2:3 Unexpected <script> in an SVG picture, expected only static drawing: the portal publishes the picture without it",
      "scs-0185-script.svg:2:1 Unexpected onload=\"…\" on <svg> in an SVG picture, expected only static drawing: the portal publishes the picture without it",
      "scs-0185-script.svg:3:3 Unexpected <script> in an SVG picture, expected only static drawing: the portal publishes the picture without it",
      "scs-0185-script.svg:4:3 Unexpected onclick=\"…\" on <rect> in an SVG picture, expected only static drawing: the portal publishes the picture without it",
      "scs-0185-script.svg:5:3 Unexpected <a> in an SVG picture, expected only static drawing: the portal publishes the picture without it",
      "scs-0185-style.svg:2:3 Unexpected <style> with url(), @import or escapes in an SVG picture, expected only static drawing: the portal publishes the picture without it",
      "scs-0185-style.svg:4:3 Unexpected style=\"…\" on <rect> in an SVG picture, expected only static drawing: the portal publishes the picture without it",

    ]);
    // Nothing else is wrong with these documents, so every error above is the sanitizer's or the attachment check's.
    const checks = new Set(['content-safety', 'attachment-type', 'attachment-svg']);
    expect(result.diagnostics.filter((d) => d.severity === 'error' && !checks.has(d.ruleId))).toEqual([]);
  });
});
