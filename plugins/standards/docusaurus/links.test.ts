import { describe, expect, it } from 'vitest';
import { shortId } from './links.js';

describe('shortId', () => {
  it.each([
    ['scs-0100-v3-flavor-naming', 'scs-0100-v3'],
    ['scs-0100-w1-notes', 'scs-0100-w1'],
    ['scs-xxxx-v1-dns-zone-naming', 'scs-xxxx-v1'],
    // Misnamed documents keep their name as written, in the short form too.
    ['scs-0121-V1-Availability-Zones', 'scs-0121-V1'],
    ['scs_0180_v1_legacy_name', 'scs_0180_v1'],
    ['not-a-standard', 'not-a-standard'],
  ])('%s -> %s', (id, short) => {
    expect(shortId({ id })).toBe(short);
  });
});
