import { lookupAlias, COMMAND_ALIASES, TYPE_ALIASES } from './aliases.js';
import { BODY_PARSERS } from './bodyParsers.js';
import { parseEngineMessage } from './engineDialects.js';
import { MAX_JSON_MESSAGE_CHARS, NAMESPACE, PROTOCOL_VERSION } from './constants.js';
import { describeValue, isArraySafe } from './describeValue.js';
import { FieldReader } from './FieldReader.js';
import type { MessageType } from './Message.js';
import { protocolError, type ParseResult, type ProtocolError } from './ProtocolError.js';
import { wrongType } from './readOwn.js';

const TYPE_NAMES = Object.keys(BODY_PARSERS).join(', ');

/**
 * Validates any value received by `onMessage` and returns a fresh copy holding only known fields,
 * or the first problem found. Pure and total: it never throws, whatever the input (cyclic objects,
 * throwing getters, proxies, prototype tricks). Only own properties are read. A message with
 * `ns: "friendcanvas"` is parsed strictly; one without `ns` may be an engine's own viewport message
 * (Cocos, LayaAir, Unity: see engineDialects.ts) or a TikTok-guide alias.
 *
 * @example
 * tt.onMessage((raw) => {
 *   const r = parseMessage(raw);
 *   if (r.ok) console.log(r.message.type); else console.warn(r.error.message);
 * });
 */
export function parseMessage(raw: unknown): ParseResult {
  try {
    return parseObject(raw);
  } catch {
    // Every read is guarded; this is the last line for anything a hostile object invents.
    return fail(protocolError('not-object', undefined, 'the message could not be read'));
  }
}

function parseObject(raw: unknown): ParseResult {
  if (typeof raw === 'string') return parseJsonString(raw);
  if (typeof raw !== 'object' || raw === null || isArraySafe(raw)) {
    return fail(protocolError('not-object', undefined, `expected a message object, got ${describeValue(raw)}`));
  }
  const f = new FieldReader(raw);
  const ns = f.raw('ns');
  if (f.error) return fail(f.error);
  if (ns === undefined) return parseAlias(f);
  if (ns !== NAMESPACE) {
    return fail(protocolError('wrong-namespace', 'ns', `expected "${NAMESPACE}", got ${describeValue(ns)}`));
  }
  const v = f.raw('v');
  if (f.error) return fail(f.error);
  if (v === undefined) return fail(protocolError('missing-field', 'v', `is required (expected ${PROTOCOL_VERSION})`));
  if (typeof v !== 'number') return fail(wrongType('v', `the number ${PROTOCOL_VERSION}`, v));
  if (v !== PROTOCOL_VERSION) {
    return fail(protocolError('unsupported-version', 'v', `expected ${PROTOCOL_VERSION}, got ${describeValue(v)}`));
  }
  const type = f.raw('type');
  if (f.error) return fail(f.error);
  if (type === undefined) return fail(protocolError('missing-field', 'type', 'is required'));
  if (typeof type !== 'string') return fail(wrongType('type', 'a message type name', type));
  if (!isMessageType(type)) {
    return fail(protocolError('unknown-type', 'type', `expected one of ${TYPE_NAMES}, got ${describeValue(type)}`));
  }
  const message = BODY_PARSERS[type](f);
  if (message !== undefined && f.error === undefined) return { ok: true, message };
  return fail(f.error ?? protocolError('wrong-type', 'type', 'the message could not be parsed'));
}

/**
 * Unity's `OpenDataContext.PostMessage(string)` (and some engines' bridges) deliver a JSON string:
 * read it as the object it encodes (`JSON.parse`, not code), bounded before any work.
 */
function parseJsonString(raw: string): ParseResult {
  if (raw.length > MAX_JSON_MESSAGE_CHARS) {
    return fail(protocolError('too-long', undefined, `a string message is at most ${MAX_JSON_MESSAGE_CHARS} characters, got ${raw.length}`));
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return fail(protocolError('not-object', undefined, 'expected a message object or its JSON text, got a string that is not JSON'));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(protocolError('not-object', undefined, `expected a message object or its JSON text, got JSON ${describeValue(value)}`));
  }
  return parseObject(value);
}

function parseAlias(f: FieldReader): ParseResult {
  const engine = parseEngineMessage(f);
  if (engine !== undefined) return engine;
  const alias = lookupAlias(TYPE_ALIASES, f.raw('type')) ?? lookupAlias(COMMAND_ALIASES, f.raw('command'));
  if (f.error) return fail(f.error);
  if (alias !== undefined) return { ok: true, message: alias() };
  return fail(
    protocolError('wrong-namespace', 'ns', `expected "${NAMESPACE}", got undefined (and not a TikTok-guide alias)`),
  );
}

function isMessageType(name: string): name is MessageType {
  return Object.prototype.hasOwnProperty.call(BODY_PARSERS, name);
}

function fail(error: ProtocolError): ParseResult {
  return { ok: false, error };
}
