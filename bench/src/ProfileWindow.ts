import { Session } from 'node:inspector';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Sampling interval of windowed profiles, µs (fine enough for a few-ms case). */
const SAMPLING_INTERVAL_US = 50;

/** Which part of a run a windowed CPU profile covers. */
export type ProfileCase = 'coldOpen' | 'avatars' | 'reopen' | 'scroll' | 'tap' | 'score';

/** Every case a window can cover. */
export const PROFILE_CASES: readonly ProfileCase[] = ['coldOpen', 'avatars', 'reopen', 'scroll', 'tap', 'score'];

function post(session: Session, method: string, params?: object): Promise<unknown> {
  return new Promise((resolve, reject) => {
    session.post(method, params ?? {}, (err, result) => (err === null ? resolve(result) : reject(err)));
  });
}

/**
 * A V8 CPU profile of one case only (not the whole process): started just before the case and
 * written to `file` just after, so `--summarize` shows where that case spends its time.
 */
export class ProfileWindow {
  private _session: Session | undefined;

  public constructor(
    public readonly target: ProfileCase,
    private readonly _file: string,
  ) {}

  /** Starts profiling if `name` is the target case. */
  public async start(name: ProfileCase): Promise<void> {
    if (name !== this.target || this._session !== undefined) return;
    const session = new Session();
    session.connect();
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await post(session, 'Profiler.start');
    this._session = session;
  }

  /** Stops and writes the profile if `name` is the target case. */
  public async stop(name: ProfileCase): Promise<void> {
    const session = this._session;
    if (name !== this.target || session === undefined) return;
    this._session = undefined;
    const result = (await post(session, 'Profiler.stop')) as { profile: unknown };
    session.disconnect();
    mkdirSync(dirname(this._file), { recursive: true });
    writeFileSync(this._file, JSON.stringify(result.profile));
  }
}
