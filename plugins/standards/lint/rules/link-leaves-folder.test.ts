import { describe, expect, it } from 'vitest';
import { fileContext, formatFindings, withFrontMatter } from '../markdown-test-kit.js';
import { rule } from './link-leaves-folder.js';

// The body starts on line 7 of the file (six lines of front matter).
const check = (body: string, path = 'scs-0101-v1-entropy.md') => formatFindings(rule.check(fileContext(path, withFrontMatter(body))));

describe('link-leaves-folder', () => {
  it.each([
    ['links inside the folder', '[a](scs-0100-v1-flavor-naming.md) [b](./img/x.png) ![c](figures/d.svg) [e](#motivation)\n'],
    ['absolute and site links', '[a](https://example.com/../x) [b](/standards/scs-0100) [c](mailto:a@example.com)\n'],
    ['a subfolder that climbs back up, not out', '[a](../scs-0100-v1-flavor-naming.md)\n', 'sub/scs-0101-v1-entropy.md'],
    ['`../` in code and in text', '`[a](../x.md)` and the path ../x.md in prose\n\n```md\n[b](../y.md)\n```\n'],
  ])('accepts %s', (_, body, path?: string) => {
    expect(check(body, path)).toEqual([]);
  });

  it.each([
    ['links, images and definitions that climb out', 'See [the docs](../docs/linting.md), ![a picture](../static/img/a.png) and [ref].\n\n[ref]: ./../README.md\n', [
      '7:5 Unexpected relative link `../docs/linting.md` out of the standards folder, expected a path inside the folder or an absolute URL (`https://…`)',
      '7:37 Unexpected relative image `../static/img/a.png` out of the standards folder, expected a path inside the folder or an absolute URL (`https://…`)',
      '9:1 Unexpected relative link `./../README.md` out of the standards folder, expected a path inside the folder or an absolute URL (`https://…`)',
    ]],
    ['the parent folder itself, with an anchor', '[up](..#readme)\n', [
      '7:1 Unexpected relative link `..#readme` out of the standards folder, expected a path inside the folder or an absolute URL (`https://…`)',
    ]],
  ])('reports %s', (_, body, expected) => {
    expect(check(body)).toEqual(expected);
  });

  it('counts from the document\'s own folder', () => {
    expect(check('[a](../../x.md)\n', 'sub/scs-0101-v1-entropy.md')).toEqual([
      '7:1 Unexpected relative link `../../x.md` out of the standards folder, expected a path inside the folder or an absolute URL (`https://…`)',
    ]);
  });
});
