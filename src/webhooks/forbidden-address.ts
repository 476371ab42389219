/**
 * Why an IP address is not one the service may post to (it reaches this host, the operator's
 * network or the cloud's metadata service, or it is not a unicast address at all), or null for
 * a public address. Pure, so both runtimes use it: Node on every address a name resolves to,
 * Workers on a literal address in a URL.
 */
export function forbiddenAddress(address: string, options: { allowLoopback?: boolean } = {}): string | null {
  const v4 = parseIpv4(address);
  if (v4 !== null) return forbiddenIpv4(v4, options);
  const v6 = parseIpv6(address);
  if (v6 === null) return 'not an IP address';
  return forbiddenIpv6(v6, options);
}

/** [first address as a 32-bit number, prefix length, what it is]. */
const IPV4_RANGES: [number, number, string][] = [
  [ipv4('0.0.0.0'), 8, 'this network (0.0.0.0/8)'],
  [ipv4('10.0.0.0'), 8, 'private (10.0.0.0/8)'],
  [ipv4('100.64.0.0'), 10, 'carrier-grade NAT (100.64.0.0/10)'],
  [ipv4('127.0.0.0'), 8, 'loopback (127.0.0.0/8)'],
  [ipv4('169.254.169.254'), 32, 'cloud metadata (169.254.169.254)'],
  [ipv4('169.254.0.0'), 16, 'link-local (169.254.0.0/16)'],
  [ipv4('172.16.0.0'), 12, 'private (172.16.0.0/12)'],
  [ipv4('192.0.0.0'), 24, 'IETF protocol assignments (192.0.0.0/24)'],
  [ipv4('192.168.0.0'), 16, 'private (192.168.0.0/16)'],
  [ipv4('198.18.0.0'), 15, 'benchmarking (198.18.0.0/15)'],
  [ipv4('224.0.0.0'), 4, 'multicast (224.0.0.0/4)'],
  [ipv4('240.0.0.0'), 4, 'reserved (240.0.0.0/4, broadcast)'],
];

function forbiddenIpv4(address: number, options: { allowLoopback?: boolean }): string | null {
  for (const [start, bits, what] of IPV4_RANGES) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if (((address & mask) >>> 0) === start) return options.allowLoopback && what.startsWith('loopback') ? null : what;
  }
  return null;
}

function forbiddenIpv6(words: number[], options: { allowLoopback?: boolean }): string | null {
  const [w0, w1, w2, w3, w4, w5, w6, w7] = words as [number, number, number, number, number, number, number, number];
  const zeroTo = (end: number) => words.slice(0, end).every((word) => word === 0);
  // An IPv4 address carried in an IPv6 one reaches that IPv4 address: judge it as one.
  const carried = (how: string, high: number, low: number) => {
    const why = forbiddenIpv4(((high << 16) | low) >>> 0, options);
    return why === null ? null : `${how} ${why}`;
  };
  if (zeroTo(8)) return 'unspecified (::)';
  if (zeroTo(7) && w7 === 1) return options.allowLoopback ? null : 'loopback (::1)';
  if (zeroTo(5) && w5 === 0xffff) return carried('IPv4-mapped', w6, w7);
  if (zeroTo(6)) return carried('IPv4-compatible', w6, w7);
  if (w0 === 0x64 && w1 === 0xff9b && w2 === 0 && w3 === 0 && w4 === 0 && w5 === 0) return carried('NAT64 of', w6, w7);
  if (w0 === 0x2002) return carried('6to4 of', w1, w2);
  if (w0 === 0xfd00 && w1 === 0x0ec2 && w2 === 0 && w3 === 0 && w4 === 0 && w5 === 0 && w6 === 0 && w7 === 0x254) return 'cloud metadata (fd00:ec2::254)';
  if ((w0 & 0xfe00) === 0xfc00) return 'unique local (fc00::/7)';
  if ((w0 & 0xffc0) === 0xfe80) return 'link-local (fe80::/10)';
  if ((w0 & 0xffc0) === 0xfec0) return 'site-local (fec0::/10)';
  if ((w0 & 0xff00) === 0xff00) return 'multicast (ff00::/8)';
  return null;
}

function ipv4(text: string): number {
  const parsed = parseIpv4(text);
  if (parsed === null) throw new Error(`not an IPv4 address: ${text}`);
  return parsed;
}

/** Dotted decimal only: a URL's host has been normalized by the URL parser (0x7f.1 becomes 127.0.0.1). */
function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return null;
  return parts.reduce((value, part) => ((value << 8) | Number(part)) >>> 0, 0);
}

/** Eight 16-bit words, or null; brackets and a zone (`%eth0`) are ignored; a trailing dotted IPv4 is read. */
function parseIpv6(text: string): number[] | null {
  let rest = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '').toLowerCase();
  if (!rest.includes(':')) return null;
  const tail: number[] = [];
  const dotted = /:(\d+\.\d+\.\d+\.\d+)$/.exec(rest);
  if (dotted) {
    const v4 = parseIpv4(dotted[1]!);
    if (v4 === null) return null;
    tail.push(v4 >>> 16, v4 & 0xffff);
    const prefix = rest.slice(0, dotted.index + 1);
    rest = prefix.endsWith('::') ? prefix : prefix.slice(0, -1);
  }
  const halves = rest.split('::');
  if (halves.length > 2) return null;
  const words = (part: string) => (part === '' ? [] : part.split(':'));
  const head = words(halves[0]!);
  const after = halves.length === 2 ? words(halves[1]!) : [];
  if (![...head, ...after].every((word) => /^[0-9a-f]{1,4}$/.test(word))) return null;
  const given = head.length + after.length + tail.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return null;
  const zeros = Array.from({ length: 8 - given }, () => 0);
  return [...head.map((word) => parseInt(word, 16)), ...(halves.length === 2 ? zeros : []), ...after.map((word) => parseInt(word, 16)), ...tail];
}

/** A loopback address (127.0.0.0/8, ::1, or either written another way): this host itself. */
export function isLoopbackAddress(address: string): boolean {
  return forbiddenAddress(address) !== null && forbiddenAddress(address, { allowLoopback: true }) === null;
}

/** An IPv4 or IPv6 address, rather than a name. */
export function isIpAddress(text: string): boolean {
  return parseIpv4(text) !== null || parseIpv6(text) !== null;
}
