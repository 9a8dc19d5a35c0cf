import { readdirSync, readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildSyntheticCorpus } from '../bench/synthetic-corpus.js';
import { parseMarkdown } from './markdown-parse.js';
import { cutUnclosedHtml } from './unclosed-html.js';

/** What parseMarkdown must equal: remark with every GFM construct switched on (and raw HTML that would hide the rest cut, as parseMarkdown does). */
const remarkWithFullGfm = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).freeze();
const fullGfm = {
  parse(text: string): Root {
    const tree = remarkWithFullGfm.parse(text) as Root;
    cutUnclosedHtml(tree, (rest) => fullGfm.parse(rest));
    return tree;
  },
};

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(dir, name));

describe('parseMarkdown switches GFM parts on by their markers, with the same tree as remark-gfm', () => {
  it.each([
    // tables
    ['a table', '| a | b |\n| - | :-: |\n| x | `y|z` |\n'],
    ['a table without outer pipes', 'a | b\n- | -\n1 | 2\n'],
    ['a one-column table', '| a |\n| - |\n'],
    ['one-column tables without pipes', 'a\n:-:\n\nb\n-:\n\nc\n :--\n'],
    ['a setext heading that is no table', 'a\n---\n\nb\n:- -:\n'],
    ['a pipe that is no table', 'Text with | a pipe.\n'],
    ['a table in a block quote and a list', '> | a |\n> | - |\n\n- item\n  | b | c |\n  | - | - |\n'],
    // strikethrough
    ['strikethrough', '~~gone~~ and ~one~ and \\~~escaped~~\n'],
    ['a tilde fence', '~~~\n| not | a table |\n~~~\n'],
    // footnotes
    ['footnotes', 'A note[^1] and [^missing].\n\n[^1]: The first.\n    Continued.\n'],
    ['a footnote definition alone', '[^a]: def\n'],
    // task lists
    ['task list items', '- [ ] open\n- [x] done\n- [X] done\n* [ ]not a task\n1. [ ] ordered\n- [\t] tab\n'],
    ['brackets that are no task', 'Brackets [ ] and [x] in text.\n'],
    // autolink literals
    ['www and protocol literals', 'Visit www.example.com, WWW.EXAMPLE.ORG or Https://example.org/path?q=1.\n'],
    ['e-mail literals', 'Mail me@example.com, mailto:a@b.co or xmpp:a@b.c/d; not user@host or x@y@z.com or @ alone.\n'],
    ['literals inside other constructs', '[www.x.com](y) ![www.x.com](y) `http://x` <http://x> *www.x.com* http://x.com/*a* [a]: http://z\n'],
    ['almost literals', 'http:/x and www.x and wwwexample and httpd and https//x\n'],
    ['an e-mail without any URL', 'Write to team@example.org.\n'],
    ['literals made by escapes', 'www\\.example.com and http:\\/\\/x.com and a\\@b.com\n'],
    ['literals made by character references', 'www&#46;example.com, http&#58;//x.com, a&#64;b.com, &#119;ww.x.com and a&commat;b.org\n'],
    ['references and escapes that make no other construct', '&#126;&#126;b&#126;&#126; x&#91;^1] - \\[ ] t &#124; a\n\n- &#91; ] t\n'],
    // everything at once
    ['all parts together', '| ~~a~~ | www.b.com |\n| - | - |\n\n- [ ] c@d.ee[^n]\n\n[^n]: ~x~\n'],
  ])('%s', (_, source) => {
    expect(parseMarkdown(source)).toEqual(fullGfm.parse(source));
  });

  it('on every Markdown file of the project and a synthetic corpus', () => {
    const texts = [
      ...[path.join(ROOT, 'Standards'), path.join(ROOT, 'tests', 'fixtures'), path.join(ROOT, 'docs')].flatMap(markdownFiles).map((file) => readFileSync(file, 'utf8')),
      ...buildSyntheticCorpus(150).map((file) => file.text),
    ];
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) expect(parseMarkdown(text)).toEqual(fullGfm.parse(text));
    // Hundreds of files parsed twice: generous on a shared machine.
  }, 120_000);
});
