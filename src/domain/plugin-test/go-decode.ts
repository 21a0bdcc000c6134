import { goSession } from './go-session';
import { utf8OfBase64 } from './mini-request';
import type { TykMiniResponse, TykRequestAfter, TykReturnOverrides } from './tyk-shapes';
import type { GoType } from './go-types';
import { VM_RESPONSE_RETURN_TYPE, VM_RETURN_TYPE } from './go-types';

export type { GoType } from './go-types';
export { PLUGIN_TEST_REQUEST_TYPE } from './go-types';

/**
 * What a hook's return value becomes on the gateway: `json.Unmarshal` of the string the VM returned into
 * VMReturnObject or VMResponseReturnObject (gateway/mw_js_plugin.go, mw_js_plugin_response.go). Go matches
 * field names without regard to case, skips unknown fields, keeps going past a value of the wrong type and
 * reports the first one; a `[]byte` field takes base64. The messages follow Go's.
 */

type Decoded = { ok: true; value: unknown } | { ok: false; message: string };

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

function goTypeName(type: GoType): string {
  switch (type.kind) {
    case 'map':
      return `map[string]${goTypeName(type.of)}`;
    case 'slice':
      return `[]${goTypeName(type.of)}`;
    case 'bytes':
      return '[]uint8';
    case 'struct':
      return `gateway.${type.name}`;
    case 'any':
      return 'interface {}';
    default:
      return type.kind;
  }
}

class Decoder {
  firstError: string | undefined;

  fail(value: unknown, type: GoType, path: string[]): undefined {
    const where = path.length > 1 ? `Go struct field ${path.join('.')}` : 'Go value';
    this.firstError ??= `json: cannot unmarshal ${jsonKind(value)} into ${where} of type ${goTypeName(type)}`;
    return undefined;
  }

  decode(value: unknown, type: GoType, path: string[]): unknown {
    if (value === null) return type.kind === 'struct' ? this.decode({}, type, path) : zero(type);
    switch (type.kind) {
      case 'any':
        return value;
      case 'string':
        return typeof value === 'string' ? value : this.fail(value, type, path);
      case 'bool':
        return typeof value === 'boolean' ? value : this.fail(value, type, path);
      case 'int':
        return typeof value === 'number' && Number.isInteger(value) ? value : this.fail(value, type, path);
      case 'bytes': {
        if (typeof value !== 'string') return this.fail(value, type, path);
        const text = utf8OfBase64(value, { padded: true });
        if (text === undefined) this.firstError ??= `illegal base64 data at input byte ${value.length}`;
        return text ?? '';
      }
      case 'slice':
        if (!Array.isArray(value)) return this.fail(value, type, path);
        return value.map((item) => this.decode(item, type.of, path));
      case 'map': {
        if (jsonKind(value) !== 'object') return this.fail(value, type, path);
        const out: Record<string, unknown> = {};
        for (const [key, item] of Object.entries(value as Record<string, unknown>)) out[key] = this.decode(item, type.of, [...path, key]);
        return out;
      }
      case 'struct': {
        if (jsonKind(value) !== 'object') return this.fail(value, type, path);
        const out: Record<string, unknown> = {};
        for (const [name, fieldType] of Object.entries(type.fields)) out[name] = zero(fieldType);
        const names = Object.keys(type.fields);
        for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
          const name = names.find((n) => n === key) ?? names.find((n) => n.toLowerCase() === key.toLowerCase());
          if (!name) continue;
          out[name] = this.decode(item, type.fields[name] as GoType, path.length === 0 ? [type.name, name] : [...path, name]);
        }
        return out;
      }
    }
  }
}

function zero(type: GoType): unknown {
  switch (type.kind) {
    case 'string':
    case 'bytes':
      return '';
    case 'bool':
      return false;
    case 'int':
      return 0;
    case 'struct':
      return Object.fromEntries(Object.entries(type.fields).map(([name, field]) => [name, zero(field)]));
    default:
      return null;
  }
}

/** Go's message for text that is not JSON (the VM returned `undefined` when a hook returned nothing). */
function syntaxMessage(text: string): string {
  const first = text.trimStart()[0];
  if (first === undefined) return 'unexpected end of JSON input';
  if (!/[[{"\-0-9tfn]/.test(first)) return `invalid character '${first}' looking for beginning of value`;
  return 'invalid character in JSON input';
}

/** `json.Unmarshal(text, &value)` for a value of Go type `type`: the decoded value, or Go's error message. */
export function goUnmarshal(text: string, type: GoType): Decoded {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: syntaxMessage(text) };
  }
  const decoder = new Decoder();
  const value = decoder.decode(json, type, []);
  return decoder.firstError ? { ok: false, message: decoder.firstError } : { ok: true, value };
}

export interface RequestHookReturn {
  request: TykRequestAfter;
  sessionMeta: Record<string, string> | null;
  session: Record<string, unknown>;
}

/** Decode a request hook's return (VMReturnObject). */
export function decodeRequestReturn(text: string): { ok: true; value: RequestHookReturn } | { ok: false; message: string } {
  const result = goUnmarshal(text, VM_RETURN_TYPE);
  if (!result.ok) return result;
  const value = result.value as { Request: Record<string, unknown>; SessionMeta: Record<string, string> | null; Session: unknown };
  const r = value.Request;
  return {
    ok: true,
    value: {
      request: {
        SetHeaders: r.SetHeaders as Record<string, string> | null,
        DeleteHeaders: r.DeleteHeaders as string[] | null,
        AddParams: r.AddParams as Record<string, string> | null,
        DeleteParams: r.DeleteParams as string[] | null,
        Body: r.Body as string,
        ReturnOverrides: r.ReturnOverrides as TykReturnOverrides,
      },
      sessionMeta: value.SessionMeta,
      session: goSession(value.Session),
    },
  };
}

/** Decode a response hook's return (VMResponseReturnObject). */
export function decodeResponseReturn(text: string): { ok: true; value: { response: TykMiniResponse; sessionMeta: Record<string, string> | null } } | { ok: false; message: string } {
  const result = goUnmarshal(text, VM_RESPONSE_RETURN_TYPE);
  if (!result.ok) return result;
  const value = result.value as { Response: TykMiniResponse; SessionMeta: Record<string, string> | null };
  return { ok: true, value: { response: value.Response, sessionMeta: value.SessionMeta } };
}
