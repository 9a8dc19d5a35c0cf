import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderBody } from './body.js';
import { grammarOf, rehypeHighlightCode } from './highlight.js';

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[]; value?: string };
const element = (tagName: string, properties: Record<string, unknown> = {}, children: Node[] = []): Node => ({ type: 'element', tagName, properties, children });
const text = (value: string): Node => ({ type: 'text', value });
const token = (classes: string, value: string): Node => element('span', { className: ['token', ...classes.split(' ')] }, [text(value)]);
const fence = (language: string | null, code: string): Node =>
  element('pre', {}, [element('code', language === null ? {} : { className: [`language-${language}`] }, [text(code)])]);

function highlight(children: Node[]): Node[] {
  const tree: Node = { type: 'root', children };
  rehypeHighlightCode()(tree as never);
  return tree.children!;
}

describe('rehypeHighlightCode', () => {
  it('turns a YAML fence into token spans, keeping every character', () => {
    const [pre] = highlight([fence('yaml', 'a: 1 # why\n')]);
    expect(pre!.children![0]!.children).toEqual([
      token('key atrule', 'a'),
      token('punctuation', ':'),
      text(' '),
      token('number', '1'),
      text(' '),
      token('comment', '# why'),
      text('\n'),
    ]);
  });

  it('nests tokens inside tokens (a shell variable inside a string)', () => {
    const [pre] = highlight([fence('bash', 'echo "$HOME"\n')]);
    expect(pre!.children![0]!.children).toEqual([
      token('builtin class-name', 'echo'),
      text(' '),
      element('span', { className: ['token', 'string'] }, [text('"'), token('environment constant', '$HOME'), text('"')]),
      text('\n'),
    ]);
  });

  it.each([
    ['mermaid', 'graph TD\n  A --> B\n', 'diagrams are drawn in the browser'],
    ['text', 'a: 1\n', 'plain text'],
    ['no-such-language', 'a: 1\n', 'Prism has no grammar'],
    [null, 'a: 1\n', 'no language'],
  ])('leaves a %s fence as text (%s)', (language, code, _why) => {
    expect(highlight([fence(language, code)])).toEqual([fence(language, code)]);
  });

  it('leaves inline code and code outside <pre> alone', () => {
    const tree = [element('p', {}, [element('code', { className: ['language-yaml'] }, [text('a: 1')])])];
    expect(highlight(tree)).toEqual([element('p', {}, [element('code', { className: ['language-yaml'] }, [text('a: 1')])])]);
  });

  it('finds fences nested in other elements, e.g. a list item', () => {
    const [list] = highlight([element('ul', {}, [element('li', {}, [fence('json', '1\n')])])]);
    expect(list!.children![0]!.children![0]!.children![0]!.children).toEqual([token('number', '1'), text('\n')]);
  });
});

describe('grammarOf', () => {
  it.each(['yaml', 'yml', 'bash', 'sh', 'shell', 'json', 'md', 'markdown', 'python', 'xml', 'go'])('has a grammar for %s', (language) => {
    expect(grammarOf(language)).toBeTypeOf('object');
  });

  it.each(['mermaid', 'text', 'nope', '__proto__', 'constructor', '../../x', 'YAML'])('has none for %s', (language) => {
    expect(grammarOf(language)).toBeUndefined();
  });
});

describe('fence languages Prism has no grammar for', () => {
  // Names in Prism's tables that are no language (`meta`, helpers such as `extend`) and prototype names.
  it.each(['meta', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'extend', 'insertbefore', 'dfs', 'no-such-language', 'plain'])(
    '%s is plain text',
    (language) => {
      expect(grammarOf(language)).toBeUndefined();
      const markdown = `\`\`\`${language}\nline one\n\`\`\`\n`;
      const body = renderBody(markdown);
      expect(body.nodes).toEqual([['pre', 0, ['code', { className: `language-${language}` }, 'line one\n']]]);
    },
  );
});

describe('languages that embed others', () => {
  it('colours Markdown\'s front matter as YAML even when no YAML fence came before (a fresh process, Markdown first)', () => {
    // Prism's Markdown grammar takes YAML's for its front matter only if YAML is loaded by then: which fence a
    // build highlighted first used to decide it, so pages flickered from build to build.
    const script = [
      `const { rehypeHighlightCode } = await import(${JSON.stringify(new URL('./highlight.ts', import.meta.url).href)});`,
      `const tree = { type: 'root', children: [{ type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: { className: ['language-md'] }, children: [{ type: 'text', value: '---\\ntitle: A\\n---\\n# B\\n' }] }] }] };`,
      `rehypeHighlightCode()(tree);`,
      `process.stdout.write(JSON.stringify(tree));`,
    ].join('\n');
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(output).toContain('"className":["token","key","atrule"]');
  });
});
