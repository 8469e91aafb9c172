import type { MemberPresence, OpenDataHost, RawSystemInfoFacts } from '../host/index.js';

/**
 * The platform functions a device report looks for in the open data domain: the documented ones
 * and those PLATFORM.md lists as "not listed for the ODC (may or may not exist)".
 */
export const HOST_API_NAMES = [
  'onTouchStart',
  'onTouchMove',
  'onTouchEnd',
  'onTouchCancel',
  'getSystemInfoSync',
  'createCanvas',
  'createImage',
  'canIUse',
  'setTimeout',
  'setInterval',
  'requestAnimationFrame',
  'getFriendCloudStorage',
  'getUserCloudStorage',
  'setUserCloudStorage',
  'shareToUser',
] as const;

/** One of {@link HOST_API_NAMES}. */
export type HostApiName = (typeof HOST_API_NAMES)[number];

/** Where each platform function is, and what the host's system info says. */
export interface HostApiFacts {
  /** Where the host object was found (`tt`, `GameGlobal.tt`, `TTMinis.game`, `wx`) or the adapter's name. */
  readonly kind: string;
  /** Each function's presence; `unknown` when the host adapter cannot be inspected. */
  readonly members: Readonly<Record<HostApiName, MemberPresence | 'unknown'>>;
  /** The raw system info, or undefined when the host adapter cannot be inspected. */
  readonly systemInfo: RawSystemInfoFacts | undefined;
}

/**
 * Asks the host adapter's {@link OpenDataHost.inspect} where each platform function is. Never
 * throws: a member whose getter throws (or an inspection that throws) is reported as `throws`.
 *
 * @example
 * probeHostApis(ctx.host).members.onTouchEnd; // 'api' on hosts with native ODC touches
 */
export function probeHostApis(host: OpenDataHost): HostApiFacts {
  let inspect: OpenDataHost['inspect'];
  let kind = 'unknown';
  try {
    inspect = host.inspect;
    kind = String(host.kind).slice(0, 40);
  } catch {
    inspect = undefined;
  }
  const members = {} as Record<HostApiName, MemberPresence | 'unknown'>;
  for (const name of HOST_API_NAMES) {
    if (inspect === undefined) {
      members[name] = 'unknown';
      continue;
    }
    try {
      members[name] = inspect.member(name);
    } catch {
      members[name] = 'throws';
    }
  }
  let systemInfo: RawSystemInfoFacts | undefined;
  if (inspect !== undefined) {
    try {
      systemInfo = inspect.systemInfo();
    } catch {
      systemInfo = { status: 'throws' };
    }
  }
  return { kind, members, systemInfo };
}
