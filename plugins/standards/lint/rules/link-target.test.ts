import { describe, expect, it } from 'vitest';
import { corpusContext, formatFindings, STANDARD_SECTIONS, withFrontMatter } from '../markdown-test-kit.js';
import { closestAnchors } from '../link-resolution.js';
import { rule } from './link-target.js';

const TARGET = withFrontMatter(
  `${STANDARD_SECTIONS}\n## Image names\n\n## Image names\n\n## Custom {#custom-id}\n\n<a id="legacy-anchor"></a>\n`,
  'title: Image metadata\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-01',
);
// The linking file's body starts on line 7; each case puts its link on line 7.
const check = async (body: string) =>
  formatFindings(
    await rule.check(corpusContext({ 'scs-0102-v1-image-metadata.md': TARGET, 'scs-0101-v1-entropy.md': withFrontMatter(`${body}\n\n## Local heading\n`) })),
  );

describe('link-target', () => {
  it('never suggests the linking document itself for a link to a missing one', async () => {
    // `scs-0101-v2-entropy` is one letter from the linking file's own name; the other document is further away.
    expect(await check('[x](scs-0101-v2-entropy.md)')).toEqual([
      'scs-0101-v1-entropy.md 7:1 Unexpected link to missing document `scs-0101-v2-entropy.md`, expected an existing standards document',
    ]);
  });

  it.each([
    ['a relative link', '[x](scs-0102-v1-image-metadata.md)'],
    ['a relative link with `./` and an anchor', '[x](./scs-0102-v1-image-metadata.md#image-names)'],
    ['a de-duplicated anchor', '[x](scs-0102-v1-image-metadata.md#image-names-1)'],
    ['a custom heading id and an HTML id', '[x](scs-0102-v1-image-metadata.md#custom-id) [y](scs-0102-v1-image-metadata.md#legacy-anchor)'],
    ['a local anchor', '[x](#local-heading)'],
    ['the portal URL of a document', '[x](https://docs.scs.community/standards/scs-0102-v1-image-metadata#image-names)'],
    ['a site path of a document', '[x](/standards/scs-0102-v1-image-metadata#image-names)'],
    ['a relative page URL', '[x](scs-0102-v1-image-metadata#motivation)'],
    ['status pages, short links, tracks and the overview', '[a](/standards/iaas/scs-0102) [b](/standards/scs-0102) [c](/standards/scs-0102/latest) [d](/standards/iaas) [e](https://docs.scs.community/standards/)'],
    ['links the linter cannot check', '[a](https://example.com/missing.md) [b](mailto:x@example.com) [c](./diagram.png) [d](/docs/intro) [e](https://docs.scs.community/blog)'],
    ['a reference whose definition resolves', '[x][ref]\n\n[ref]: scs-0102-v1-image-metadata.md#motivation'],
    ['a file outside the folder (link-leaves-folder reports it)', '[x](../other/scs-0999-v1-nothing-here-at-all.md)'],
  ])('accepts %s', async (_, body) => {
    expect(await check(body)).toEqual([]);
  });

  it.each([
    ['a missing version, with the nearest file', '[x](scs-0102-v2-image-metadata.md)',
      'Unexpected link to missing document `scs-0102-v2-image-metadata.md`, expected an existing standards document; did you mean `scs-0102-v1-image-metadata.md`?'],
    ['a misspelt slug, keeping the anchor', '[x](./scs-0102-v1-image-metdata.md#image-names)',
      'Unexpected link to missing document `./scs-0102-v1-image-metdata.md#image-names`, expected an existing standards document; did you mean `./scs-0102-v1-image-metadata.md#image-names`?'],
    ['an anchor in the wrong case', '[x](scs-0102-v1-image-metadata.md#Image-Names)',
      'Unexpected link to missing anchor `#Image-Names` in `scs-0102-v1-image-metadata.md`, expected the anchor of a heading; did you mean `scs-0102-v1-image-metadata.md#image-names`? Other close anchors: `#image-names-1`'],
    ['an anchor sharing a word with a heading', '[x](scs-0102-v1-image-metadata.md#conformance)',
      'Unexpected link to missing anchor `#conformance` in `scs-0102-v1-image-metadata.md`, expected the anchor of a heading; the closest is `#conformance-tests`'],
    ['an anchor sharing words with several headings, best first', '[x](scs-0102-v1-image-metadata.md#custom-image-name)',
      'Unexpected link to missing anchor `#custom-image-name` in `scs-0102-v1-image-metadata.md`, expected the anchor of a heading; the closest are `#image-names`, `#image-names-1`, `#custom-id`'],
    ['a misspelt local anchor', '[x](#local-headin)',
      'Unexpected link to missing anchor `#local-headin` in this document, expected the anchor of a heading; did you mean `#local-heading`?'],
    ['an anchor with no near match', '[x](https://docs.scs.community/standards/scs-0102-v1-image-metadata#pricing)',
      'Unexpected link to missing anchor `#pricing` in `scs-0102-v1-image-metadata.md`, expected the anchor of a heading'],
    ['a portal URL of a missing document', '[x](https://docs.scs.community/standards/scs-0102-v1-image-metadat)',
      'Unexpected link to missing document `https://docs.scs.community/standards/scs-0102-v1-image-metadat`, expected an existing standards document; did you mean `https://docs.scs.community/standards/scs-0102-v1-image-metadata`?'],
    ['a status page in the wrong track', '[x](/standards/kaas/scs-0102)',
      'Unexpected link to missing portal page `/standards/kaas/scs-0102`, expected a standard, track or document page'],
    ['a standard that does not exist', '[x](/standards/scs-0999)',
      'Unexpected link to missing portal page `/standards/scs-0999`, expected a standard, track or document page'],
    ['a broken definition', '[x][ref]\n\n[ref]: scs-0102-v3-image-metadata.md',
      'Unexpected link to missing document `scs-0102-v3-image-metadata.md`, expected an existing standards document; did you mean `scs-0102-v1-image-metadata.md`?'],
  ])('reports %s', async (_, body, message) => {
    const line = body.includes('[ref]:') ? 9 : 7;
    expect((await check(body)).map((finding) => finding.replace(/:\d+ /, ' '))).toEqual([`scs-0101-v1-entropy.md ${line} ${message}`]);
  });

  it('lists at most three close anchors, those sharing the most words first', () => {
    const anchors = ['introduction', 'flavor-names', 'flavor-name-rules', 'flavor-tests', 'old-flavor-names', 'naming', 'flavor'];
    expect(closestAnchors('flavor-name-rule', anchors)).toEqual(['flavor-name-rules', 'flavor-names', 'old-flavor-names']);
    expect(closestAnchors('pricing', anchors)).toEqual([]);
  });

  it('uses the configured site URL and standards path', async () => {
    const context = corpusContext(
      { 'scs-0102-v1-image-metadata.md': TARGET, 'scs-0101-v1-entropy.md': withFrontMatter('[x](https://example.org/docs/std/scs-0102-v1-image-metadata#nope)\n') },
      { siteUrl: 'https://example.org/docs', standardsPath: '/std' },
    );
    expect(formatFindings(await rule.check(context))).toEqual([
      'scs-0101-v1-entropy.md 7:1 Unexpected link to missing anchor `#nope` in `scs-0102-v1-image-metadata.md`, expected the anchor of a heading',
    ]);
  });
});
