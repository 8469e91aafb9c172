import { MAX_HOST_ERROR_MESSAGE_LENGTH } from './constants.js';
import { readMember } from './readMember.js';
import { HostError } from './types.js';

/**
 * Converts any failure a platform callback may produce into one {@link HostError}.
 *
 * Shapes handled (PLATFORM.md "Errors"): `{error: {error_code, error_msg}}` (TikTok SDK),
 * `{error_code, error_msg}`, `{errMsg: "api:fail …"}` and `{errCode|errNo, errMsg}` (siblings), an
 * `Error`, a string, a bare number, and nothing at all. Only these known string/number fields are
 * read; other members are never stringified, so friend data in an error object cannot leak into
 * messages or logs.
 *
 * @param api - Name of the platform API that failed, e.g. `getFriendCloudStorage`.
 * @param err - Whatever the host passed to `fail` (or threw).
 * @example
 * normalizeHostError('shareToUser', { errMsg: 'shareToUser:fail cancel' }).message; // 'shareToUser: cancel'
 */
export function normalizeHostError(api: string, err: unknown): HostError {
  if (err instanceof HostError) return err;
  if (err === undefined || err === null) return new HostError(api, 'failed without details');
  if (typeof err === 'string') return new HostError(api, cleanMessage(err));
  if (typeof err === 'number') return new HostError(api, `failed with code ${String(err)}`, err);
  if (err instanceof Error) {
    return new HostError(api, cleanMessage(err.message || err.name), readCode(err, ['code']));
  }
  if (typeof err !== 'object') return new HostError(api, 'failed with an unrecognised error');

  // The TikTok SDK nests the payload one level down: {error: {error_code, error_msg}}.
  const nested = readMember(err, 'error');
  const source = nested !== null && typeof nested === 'object' ? nested : err;
  const code = readCode(source, ['error_code', 'errCode', 'errNo', 'code']);
  const message = readString(source, ['error_msg', 'errMsg', 'message', 'msg', 'errorMessage']);
  if (message !== undefined) return new HostError(api, cleanMessage(message), code);
  if (typeof nested === 'string') return new HostError(api, cleanMessage(nested), code);
  if (code !== undefined) return new HostError(api, `failed with code ${String(code)}`, code);
  return new HostError(api, 'failed with an unrecognised error');
}

/** Removes the sibling "someApi:fail " prefix and bounds the length. */
function cleanMessage(raw: string): string {
  const stripped = raw.replace(/^\s*[\w.$]+\s*:\s*fail\b[\s:,-]*/i, '').trim();
  const message = stripped === '' ? 'failed' : stripped;
  return message.length > MAX_HOST_ERROR_MESSAGE_LENGTH
    ? `${message.slice(0, MAX_HOST_ERROR_MESSAGE_LENGTH)}…`
    : message;
}

function readString(obj: object, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = readMember(obj, name);
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}

function readCode(obj: object, names: readonly string[]): string | number | undefined {
  for (const name of names) {
    const value = readMember(obj, name);
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}
