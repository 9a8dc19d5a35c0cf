// The diff view rendered to HTML without a build: document text, hostile or
// not, arrives as text (React escapes it), changes are marked with <ins>/<del>
// and words, unchanged sections are folded.
import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../plugins/standards/compare/compare.js';
import { comparable } from '../plugins/standards/compare/testing.js';
import DiffView from '../src/components/standards/DiffView.js';

const render = (oldBody: string, newBody: string) =>
  renderToStaticMarkup(React.createElement(DiffView, { comparison: compareDocuments(comparable(oldBody, 1), comparable(newBody, 2)) }));

describe('DiffView', () => {
  it('renders document text as text, never as markup', () => {
    const hostile = '## Rules\n\nA cloud MUST <script>alert(1)</script> and <img src=x onerror="alert(2)"> comply.\n';
    const html = render('## Rules\n\nA cloud MUST comply.\n', hostile);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('onerror=&quot;alert(2)&quot;');
  });

  it('marks inserted and deleted words with elements and words, and folds unchanged sections', () => {
    const html = render('## Scope\n\nSame text here.\n\n## Rules\n\nA name SHOULD be short.\n', '## Scope\n\nSame text here.\n\n## Rules\n\nA name MUST be short.\n');
    // Class names are CSS-module names, hashed.
    expect(html).toContain('A name <del class="_del_');
    expect(html).toMatch(/<del class="_del_\w+"><span class="scs-visually-hidden">\[deleted: <\/span>SHOULD<span class="scs-visually-hidden">\]<\/span><\/del> be short\./);
    expect(html).toMatch(/A name <ins class="_ins_\w+"><span class="scs-visually-hidden">\[inserted: <\/span>MUST<span class="scs-visually-hidden">\]<\/span><\/ins> be short\./);
    expect(html).toMatch(/<details class="_folded_\w+"><summary>Scope — unchanged<\/summary><div class="_text_\w+">Same text here\.<\/div><\/details>/);
    expect(html).toContain('<h3>Requirements changed</h3>');
  });
});
