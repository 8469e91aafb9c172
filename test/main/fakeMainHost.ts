/** A scriptable MainHost for controller tests: records every call, offers a controllable onTouch. */
import { HostError, type MainHost, type PointerPhase, type SystemInfo, type TouchListener } from '../../src/host/index.js';

export interface FakeMainHost extends MainHost {
  /** Every message posted, in order. */
  readonly posted: object[];
  /** Every host call other than postMessage, in order: [api, argument]. */
  readonly calls: Array<[string, unknown]>;
  /** Touch listeners currently subscribed. */
  readonly listeners: Set<TouchListener>;
  /** Delivers one normalised touch to every subscribed listener. */
  touch(phase: PointerPhase, id: number, x: number, y: number, t?: number): void;
  /** While true, postMessage throws a HostError (an ODC that is not configured). */
  postFails: boolean;
  /** Makes the named async api reject with this value (or resolve again with `undefined`). */
  failWith(api: 'authorizeOpenContext' | 'setUserCloudStorage' | 'removeUserCloudStorage', err: unknown): void;
}

export interface FakeOptions {
  touch?: boolean;
  canIUse?: ((name: string) => boolean) | undefined;
  systemInfo?: SystemInfo;
  authCode?: unknown;
}

export function createFakeMainHost(opts: FakeOptions = {}): FakeMainHost {
  const posted: object[] = [];
  const calls: Array<[string, unknown]> = [];
  const listeners = new Set<TouchListener>();
  const failures = new Map<string, unknown>();
  const settle = <T>(api: string, arg: unknown, value: T): Promise<T> => {
    calls.push([api, arg]);
    return failures.has(api) ? Promise.reject(failures.get(api)) : Promise.resolve(value);
  };
  const host: FakeMainHost = {
    kind: 'fake',
    postFails: false,
    posted,
    calls,
    listeners,
    postMessage(m: object): void {
      if (host.postFails) throw new HostError('postMessage', 'no open data context');
      posted.push(m);
    },
    authorizeOpenContext: (o) => settle('authorizeOpenContext', o, { code: opts.authCode } as { code?: string }),
    setUserCloudStorage: (data) => settle('setUserCloudStorage', data.map((kv) => ({ ...kv })), undefined),
    removeUserCloudStorage: (keys) => settle('removeUserCloudStorage', [...keys], undefined),
    canIUse: 'canIUse' in opts ? opts.canIUse : () => true,
    onTouch:
      opts.touch === false
        ? undefined
        : (listener: TouchListener) => {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
    getSystemInfo: opts.systemInfo === undefined ? undefined : () => opts.systemInfo ?? {},
    touch(phase, id, x, y, t = 0): void {
      for (const l of Array.from(listeners)) l(phase, id, x, y, t);
    },
    failWith(api, err): void {
      if (err === undefined) failures.delete(api);
      else failures.set(api, err);
    },
  };
  return host;
}
