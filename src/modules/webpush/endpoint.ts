/**
 * Which push endpoints the platform will POST to. A subscription's endpoint comes from the
 * citizen's browser, so it is untrusted input: accepted as is, it would let anyone make the
 * server send requests into its own network (SSRF). Real push services (FCM, Mozilla, Apple,
 * Microsoft) are public https hosts, so only those are accepted: https, a dotted host name or
 * a public IP address; never loopback, private, link-local or otherwise reserved addresses.
 * Plain http to loopback is for local test push services only, behind
 * ZW_WEBPUSH_ALLOW_LOOPBACK. (A public name that resolves to a private address is not caught
 * here; outbound traffic of the worker should still be firewalled in production.)
 */
import net from 'node:net';

/** IPv4 ranges that are not the public internet (RFC 6890 and friends). */
const PRIVATE_V4: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

const blockList = new net.BlockList();
for (const [address, prefix] of PRIVATE_V4) blockList.addSubnet(address, prefix, 'ipv4');
blockList.addAddress('::', 'ipv6');
blockList.addAddress('::1', 'ipv6');
blockList.addSubnet('fc00::', 7, 'ipv6'); // unique local
blockList.addSubnet('fe80::', 10, 'ipv6'); // link-local
blockList.addSubnet('ff00::', 8, 'ipv6'); // multicast
blockList.addSubnet('64:ff9b::', 96, 'ipv6'); // NAT64 (wraps IPv4 addresses)

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isPrivateAddress(host: string): boolean {
  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  const family = net.isIP(bare);
  if (family === 0) return false;
  if (family === 6) {
    // IPv4-mapped addresses (::ffff:10.0.0.1) are checked as the IPv4 address they carry.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
    if (mapped) return blockList.check(mapped[1]!, 'ipv4');
    return blockList.check(bare, 'ipv6');
  }
  return blockList.check(bare, 'ipv4');
}

export function acceptableEndpoint(endpoint: string, opts: { allowLoopback: boolean }): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  if (opts.allowLoopback && LOOPBACK.has(host)) return url.protocol === 'http:' || url.protocol === 'https:';
  if (url.protocol !== 'https:') return false;
  if (net.isIP(host.replace(/^\[|\]$/g, '')) !== 0) return !isPrivateAddress(host);
  // A name: it must look public (dotted, not localhost or an internal-only suffix).
  if (
    !host.includes('.') ||
    host === 'localhost' ||
    /\.(localhost|local|internal|lan|home\.arpa)$/.test(host)
  )
    return false;
  return true;
}
