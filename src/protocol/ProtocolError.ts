import type { Message } from './Message.js';

/** Why a raw value is not a valid protocol message. */
export type ProtocolErrorCode =
  | 'not-object'
  | 'wrong-namespace'
  | 'unsupported-version'
  | 'unknown-type'
  | 'missing-field'
  | 'wrong-type'
  | 'out-of-range'
  | 'too-long'
  | 'too-deep'
  | 'too-many-keys'
  | 'array-not-allowed'
  /** An engine message format friendcanvas does not read (e.g. Cocos Creator 2's viewport). */
  | 'unsupported-engine'
  /** A known engine message that carries nothing for friendcanvas: not an error, changes nothing, not warned about. */
  | 'ignored';

/**
 * A rejected message: a code to branch on, the offending field path (e.g. `options.colors.bg`) and a
 * human message naming what was expected and what was found, never the payload's string contents.
 */
export interface ProtocolError {
  code: ProtocolErrorCode;
  /** Dotted path of the offending field; absent for whole-message problems. */
  field?: string;
  message: string;
}

/** The outcome of {@link parseMessage}: a fresh, validated message or the first problem found. */
export type ParseResult = { ok: true; message: Message } | { ok: false; error: ProtocolError };

/** Builds a {@link ProtocolError}, leaving `field` out when there is none. */
export function protocolError(code: ProtocolErrorCode, field: string | undefined, message: string): ProtocolError {
  const where = field === undefined ? '' : `${field}: `;
  return field === undefined ? { code, message } : { code, field, message: where + message };
}
