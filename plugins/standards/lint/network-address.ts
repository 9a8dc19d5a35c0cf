// Which IP addresses the link checker may connect to. A document's links are
// untrusted: `--external-links` in CI must not become a way to make requests
// to the CI machine itself, its cloud's metadata service (169.254.169.254) or
// the internal network, nor to report what those answer. Only globally
// routable unicast addresses are public; everything else is refused unless
// `--allow-private-links` is given.
import { isIP } from 'node:net';

/** Why an address is not public, in words; null for a public address. */
export function nonPublicReason(address: string): string | null {
  const version = isIP(address);
  if (version === 4) return ipv4Reason(ipv4Bytes(address));
  if (version === 6) return ipv6Reason(address);
  return 'not an IP address';
}

export function isPublicAddress(address: string): boolean {
  return nonPublicReason(address) === null;
}

type Range = readonly [prefix: readonly number[], bits: number, reason: string];

/** IPv4 ranges that are not globally reachable unicast (IANA special-purpose registry). */
const IPV4_RANGES: readonly Range[] = [
  [[0], 8, 'this network'],
  [[10], 8, 'private'],
  [[100, 64], 10, 'shared address space (carrier-grade NAT)'],
  [[127], 8, 'loopback'],
  [[169, 254], 16, 'link-local'],
  [[172, 16], 12, 'private'],
  [[192, 0, 0], 24, 'IETF protocol assignments'],
  [[192, 0, 2], 24, 'documentation'],
  [[192, 88, 99], 24, 'deprecated 6to4 relay'],
  [[192, 168], 16, 'private'],
  [[198, 18], 15, 'benchmarking'],
  [[198, 51, 100], 24, 'documentation'],
  [[203, 0, 113], 24, 'documentation'],
  [[224], 4, 'multicast'],
  [[240], 4, 'reserved'],
];

function ipv4Bytes(address: string): number[] {
  return address.split('.').map(Number);
}

function inRange(bytes: readonly number[], [prefix, bits]: Range): boolean {
  for (let bit = 0; bit < bits; bit++) {
    const byte = Math.floor(bit / 8);
    const mask = 0x80 >> bit % 8;
    if (((bytes[byte] ?? 0) & mask) !== ((prefix[byte] ?? 0) & mask)) return false;
  }
  return true;
}

function ipv4Reason(bytes: readonly number[]): string | null {
  return IPV4_RANGES.find((range) => inRange(bytes, range))?.[2] ?? null;
}

/** The 16 bytes of an IPv6 address (`::`, zone ids and a dotted IPv4 tail allowed). */
export function ipv6Bytes(address: string): number[] {
  let text = address.replace(/%.*$/, '').toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = ipv4Bytes(dotted[1]!) as [number, number, number, number];
    text = text.slice(0, -dotted[1]!.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const front = groups(head);
  const back = rest === undefined ? [] : groups(rest);
  const words = [...front, ...new Array(8 - front.length - back.length).fill(0), ...back];
  return words.flatMap((word) => [word >> 8, word & 0xff]);
}

const IPV6_RANGES: readonly Range[] = [
  [[], 128, 'unspecified'],
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 128, 'loopback'],
  [[0x01, 0x00], 64, 'discard-only'],
  [[0x20, 0x01, 0x0d, 0xb8], 32, 'documentation'],
  [[0x20, 0x01, 0x00, 0x02], 48, 'benchmarking'],
  [[0x20, 0x01, 0x00, 0x10], 28, 'ORCHID'],
  [[0xfc], 7, 'unique local (private)'],
  [[0xfe, 0x80], 10, 'link-local'],
  [[0xfe, 0xc0], 10, 'site-local'],
  [[0xff], 8, 'multicast'],
];

function ipv6Reason(address: string): string | null {
  const bytes = ipv6Bytes(address);
  const embedded = embeddedIpv4(bytes);
  if (embedded) {
    // The IPv4 address inside decides: ::ffff:127.0.0.1 is loopback, ::ffff:8.8.8.8 is as public as 8.8.8.8.
    const reason = ipv4Reason(embedded.bytes);
    return reason === null ? null : `${reason} (${embedded.kind})`;
  }
  return IPV6_RANGES.find((range) => inRange(bytes, range))?.[2] ?? null;
}

/** IPv6 forms that carry an IPv4 address a connection may end up at. */
function embeddedIpv4(bytes: readonly number[]): { bytes: number[]; kind: string } | null {
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((byte) => byte === 0);
  const last4 = bytes.slice(12, 16);
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return { bytes: last4, kind: 'IPv4-mapped IPv6' };
  // ::a.b.c.d, deprecated IPv4-compatible; :: and ::1 themselves are handled as IPv6.
  if (zeros(0, 12) && !(zeros(12, 15) && (bytes[15] ?? 0) <= 1)) return { bytes: last4, kind: 'IPv4-compatible IPv6' };
  // 64:ff9b::/96, NAT64, and 64:ff9b:1::/48, local-use NAT64.
  if (bytes[0] === 0 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b) return { bytes: last4, kind: 'NAT64' };
  // 2002::/16, 6to4: the IPv4 address is in bytes 2 to 5.
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return { bytes: bytes.slice(2, 6), kind: '6to4' };
  return null;
}
