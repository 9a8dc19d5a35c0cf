import { describe, expect, it } from 'vitest';
import { fileContext, formatFindings, withFrontMatter } from '../markdown-test-kit.js';
import { rule } from './attachment-type.js';

// The body starts on line 7 of the file (six lines of front matter).
const check = (body: string) => formatFindings(rule.check(fileContext('scs-0101-v1-entropy.md', withFrontMatter(body))));
const PASSIVE = 'expected a passive type the portal publishes (PNG, JPEG, GIF, WebP, AVIF, SVG, CSV, JSON, YAML, plain text or PDF)';

describe('attachment-type', () => {
  it.each([
    ['pictures', '![a](./a.png) ![b](b.JPG) ![c](./img/c.jpeg) ![d](d.gif) ![e](e.webp) ![f](f.avif) ![g](./g.svg)\n'],
    ['data and documents', '[a](./a.csv) [b](b.json) [c](c.yaml) [d](d.yml) [e](e.txt) [f](./f.pdf?download=1#page=2)\n'],
    ['links that publish no file', '[a](./scs-0100-v1-flavor-naming.md#x) [b](https://example.org/x.html) [c](/standards/x) [d](#top) [e](./sub/) [f](..) [g](mailto:x@example.org)\n'],
  ])('accepts %s', (_, body) => {
    expect(check(body)).toEqual([]);
  });

  it.each([
    ['pages and markup a browser would run', '[a](./page.html) [b](./page.HTM) [c](x.xhtml) [d](./feed.xml)\n', [
      `7:1 Unexpected \`.html\` file (\`./page.html\`) in a link, ${PASSIVE}`,
      `7:18 Unexpected \`.htm\` file (\`./page.HTM\`) in a link, ${PASSIVE}`,
      `7:34 Unexpected \`.xhtml\` file (\`x.xhtml\`) in a link, ${PASSIVE}`,
      `7:47 Unexpected \`.xml\` file (\`./feed.xml\`) in a link, ${PASSIVE}`,
    ]],
    ['scripts, as links, images and definitions', '[a](./tool.js) ![b](./x.mjs)\n\n[c]: ./setup.sh\n', [
      `7:1 Unexpected \`.js\` file (\`./tool.js\`) in a link, ${PASSIVE}`,
      `7:16 Unexpected \`.mjs\` file (\`./x.mjs\`) in an image, ${PASSIVE}`,
      `9:1 Unexpected \`.sh\` file (\`./setup.sh\`) in a link definition, ${PASSIVE}`,
    ]],
    ['unknown types and files without an extension', '[a](./LICENSE) [b](./data.bin) [c](./a%20b.swf)\n', [
      `7:1 Unexpected file without an extension (\`./LICENSE\`) in a link, ${PASSIVE}`,
      `7:16 Unexpected \`.bin\` file (\`./data.bin\`) in a link, ${PASSIVE}`,
      `7:32 Unexpected \`.swf\` file (\`./a b.swf\`) in a link, ${PASSIVE}`,
    ]],
  ])('reports %s', (_, body, expected) => {
    expect(check(body)).toEqual(expected);
  });
});
