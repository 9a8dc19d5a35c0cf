import { describe, expect, it } from 'vitest';
import { fileContext, formatFindings, withFrontMatter } from '../markdown-test-kit.js';
import { rule } from './link-text.js';

// The body starts on line 7 of the file.
const check = (body: string) => formatFindings(rule.check(fileContext('scs-0101-v1-entropy.md', withFrontMatter(body))));

describe('link-text', () => {
  it.each([
    ['text and target naming the same standard', '[scs-0102](scs-0102-v1-image-metadata.md)'],
    ['the same version, in any case', '[SCS-0102-v1](./scs-0102-v1-image-metadata.md#image-names)'],
    ['a number-only text for a versioned target', '[the image standard scs-0102](https://docs.scs.community/standards/scs-0102-v1-image-metadata)'],
    ['a versioned text for a status page', '[scs-0102-v1](/standards/iaas/scs-0102)'],
    ['text naming no standard', '[image metadata](scs-0103-v1-standard-flavors.md)'],
    ['text naming several standards', '[scs-0102 and scs-0103](scs-0103-v1-standard-flavors.md)'],
    ['a target that is no standard', '[scs-0102](https://example.com/images) [scs-0102](#image-names)'],
    ['a supplement named as such', '[scs-0100-w1](scs-0100-w1-flavor-naming-implementation-testing.md)'],
  ])('accepts %s', (_, body) => {
    expect(check(body)).toEqual([]);
  });

  it.each([
    ['another number', '[scs-0102](scs-0103-v1-standard-flavors.md)',
      '7:1 Unexpected link text naming `scs-0102` for a link to `scs-0103-v1`, expected the text and the target to name the same standard'],
    ['another version', 'See [SCS-0100-v3](https://docs.scs.community/standards/scs-0100-v2-flavor-naming#name-syntax).',
      '7:5 Unexpected link text naming `scs-0100-v3` for a link to `scs-0100-v2`, expected the text and the target to name the same standard'],
    ['a status page of another standard', '[scs-0102](/standards/iaas/scs-0104)',
      '7:1 Unexpected link text naming `scs-0102` for a link to `scs-0104`, expected the text and the target to name the same standard'],
    ['a version where a supplement is linked', '[scs-0100-v1](scs-0100-w1-flavor-naming-implementation-testing.md)',
      '7:1 Unexpected link text naming `scs-0100-v1` for a link to `scs-0100-w1`, expected the text and the target to name the same standard'],
    ['a reference link', '[scs-0210][k8s]\n\n[k8s]: https://github.com/SovereignCloudStack/standards/blob/main/Standards/scs-0211-v1-kaas-default-storage-class.md',
      '7:1 Unexpected link text naming `scs-0210` for a link to `scs-0211-v1`, expected the text and the target to name the same standard'],
  ])('reports %s', (_, body, expected) => {
    expect(check(body)).toEqual([expected]);
  });
});
