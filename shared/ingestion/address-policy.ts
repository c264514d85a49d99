// Which network addresses the fetcher may connect to: public unicast only. Everything else
// (loopback, RFC 1918, link-local incl. cloud metadata, CGNAT, multicast, reserved, IPv6 ULA,
// and IPv6 forms that embed an IPv4 address) could reach the network factline runs in.
import ipaddr from 'ipaddr.js';

const GLOBAL_UNICAST_IPV6 = ipaddr.IPv6.parseCIDR('2000::/3');

export interface AddressVerdict {
  allowed: boolean;
  /** ipaddr.js's range name, e.g. 'private', 'loopback', 'linkLocal', 'unicast'. */
  range: string;
}

export function checkAddress(address: string): AddressVerdict {
  if (!ipaddr.isValid(address)) return { allowed: false, range: 'invalid' };
  let parsed = ipaddr.parse(address);
  // ::ffff:127.0.0.1 reaches 127.0.0.1: judge the IPv4 address it carries.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  // IPv6 'unicast' in ipaddr.js also covers unallocated space and IPv4-compatible ::a.b.c.d: only 2000::/3 is global.
  const global = parsed.kind() === 'ipv4' || (parsed as ipaddr.IPv6).match(GLOBAL_UNICAST_IPV6);
  return { allowed: range === 'unicast' && global, range: range === 'unicast' && !global ? 'reserved' : range };
}

/** A URL hostname that is an IP literal ("127.0.0.1", "[::1]"), without brackets; null for names. */
export function ipLiteralOf(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) ? bare : null;
}
