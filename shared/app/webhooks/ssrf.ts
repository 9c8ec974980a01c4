import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { UnprocessableError } from '../../domain/errors.js';

/**
 * Where a webhook may go: `https` (locally, with `allowLoopbackHttp`, also `http://127.0.0.1`),
 * and never an address in a private, loopback, link-local, carrier-grade NAT or metadata range,
 * checked after DNS resolution (every address a name resolves to), so a name cannot point inward.
 */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['fd00:ec2::', 32],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv6');
}

/** Whether an address is one a webhook may never reach (IPv4-mapped IPv6 as its IPv4). */
export function isBlockedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return BLOCKED.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export interface UrlPolicy {
  /** Locally: `http://127.0.0.1:<port>` is allowed (a receiver on this machine). */
  allowLoopbackHttp: boolean;
}

/** Why a URL may not be a webhook endpoint, or undefined when it may (resolves its host). */
export async function urlRefusal(url: string, policy: UrlPolicy): Promise<string | undefined> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (parsed.username || parsed.password) return 'must not carry credentials';
  const loopback = policy.allowLoopbackHttp && parsed.hostname === '127.0.0.1';
  if (loopback)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? undefined : 'must be http(s)';
  if (parsed.protocol !== 'https:') return 'must be https';
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host)
      ? [host]
      : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    return `host ${host} does not resolve`;
  }
  const blocked = addresses.find(isBlockedAddress);
  return blocked ? `resolves to ${blocked}, a private, loopback, link-local or metadata address` : undefined;
}

/** Refuses a URL a webhook may not use (422, naming why). */
export async function checkWebhookUrl(url: string, policy: UrlPolicy, path = 'body.url') {
  const refusal = await urlRefusal(url, policy);
  if (refusal) {
    throw new UnprocessableError('The webhook URL cannot be used.', [{ path, message: `url ${refusal}` }]);
  }
}
