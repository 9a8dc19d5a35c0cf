// The history list as a reader gets it: rendered to HTML without a browser.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DocumentHistoryProp } from '../plugins/standards/docusaurus/history-props.js';
import DocumentHistory from '../src/components/standards/DocumentHistory.js';

const change = (index: number, url: string | null = `https://github.com/o/r/commit/${index}`) => ({
  shortHash: `abc000000${index}`,
  date: `2024-01-${String(20 - index).padStart(2, '0')}`,
  subject: `Change ${index}`,
  url,
});

const render = (history: DocumentHistoryProp) => renderToStaticMarkup(createElement(DocumentHistory, { history }));

describe('DocumentHistory', () => {
  it('shows five changes and folds the older ones in a disclosure', () => {
    const html = render({ changes: [1, 2, 3, 4, 5, 6, 7].map((index) => change(index)), omitted: 0, complete: true });
    const [open, folded] = html.split('<details');
    expect(open!.match(/<li>/g)).toHaveLength(5);
    expect(folded!.match(/<li>/g)).toHaveLength(2);
    expect(folded).toContain('<summary>2 older changes</summary>');
    expect(open).toContain('<li><time dateTime="2024-01-19">2024-01-19</time> <a href="https://github.com/o/r/commit/1" class="scs-history__subject">Change 1</a> <code class="scs-history__hash">abc0000001</code></li>');
    expect(html).toContain('<h2 id="scs-history-heading">Changes to this document</h2>');
    expect(html).toContain('data-pagefind-ignore="all"');
    expect(html).not.toContain('not known');
  });

  it('needs no disclosure for five changes or fewer', () => {
    expect(render({ changes: [change(1), change(2)], omitted: 0, complete: true })).not.toContain('<details');
  });

  it('renders subjects as text and leaves out links it has no address for', () => {
    const html = render({ changes: [{ ...change(1, null), subject: '<img src=x onerror=alert(1)> & "q"' }], omitted: 0, complete: true });
    expect(html).toContain('<span class="scs-history__subject">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;</span>');
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('<img');
  });

  it('says when older changes are left out or unknown', () => {
    const html = render({ changes: [change(1)], omitted: 3, complete: false });
    expect(html).toContain('<p class="scs-history__note">3 older changes are not listed. Earlier changes are not known: this build had only part of the repository’s history.</p>');
  });
});
