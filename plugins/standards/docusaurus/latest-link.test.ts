import { describe, expect, it } from 'vitest';
import { isLatestPermalink, latestLinkFor } from './latest-link.js';

describe('links to /latest', () => {
  it.each([
    ['/standards/scs-0100/latest', true],
    ['/standards/scs-0100/latest/', true],
    ['/standards/scs-0100', false],
    ['/standards/scs-0100/latest/x', false],
    ['/standards/iaas/scs-0100', false],
    ['/standards//latest', false],
  ])('%s is a /latest short link: %s', (path, expected) => {
    expect(isLatestPermalink(path)).toBe(expected);
  });

  it('asks the redirect page for the chosen day, keeping query and fragment', () => {
    expect(latestLinkFor('/standards/scs-0100/latest', null)).toBe('/standards/scs-0100/latest');
    expect(latestLinkFor('/standards/scs-0100/latest', '2025-01-01')).toBe('/standards/scs-0100/latest?date=2025-01-01');
    expect(latestLinkFor('/base/standards/scs-0100/latest?x=1#scope', '2025-01-01')).toBe('/base/standards/scs-0100/latest?x=1&date=2025-01-01#scope');
    expect(latestLinkFor('/standards/scs-0100/latest?date=2020-01-01', '2025-01-01')).toBe('/standards/scs-0100/latest?date=2025-01-01');
  });
});
