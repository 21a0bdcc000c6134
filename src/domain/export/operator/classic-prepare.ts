import { isJsonObject, type JsonObject } from '../../json';
import type { Finding } from '../../pipeline/model';
import { customAuthTwin, switchedOff } from './classic-switches';
import type { CrdShape } from './crd-shape';

/**
 * Readies a Classic definition for the CRD: settings switched off by a `*_disabled` flag are left out,
 * `custom_plugin_auth_enabled` becomes its twin, fields the Operator manages (`org_id`, `id`) and an empty
 * `auth_check` are left out.
 */
export function prepareClassic(doc: JsonObject, spec: CrdShape): { doc: JsonObject; notes: Finding[] } {
  const notes: Finding[] = [];
  const known = spec.properties ?? {};
  const source = customAuthTwin(doc, known, notes);
  const skip = switchedOff(source, known, notes);
  for (const [key, why] of [
    ['org_id', 'the Operator sets org_id from its OperatorContext and overwrites any value.'],
    ['id', 'the database id is for the server only.'],
  ] as const) {
    if (!Object.hasOwn(source, key)) continue;
    skip.add(key);
    notes.push({
      severity: 'info',
      code: 'operator-managed',
      message: `"${key}" is left out: ${why}`,
      path: [key],
    });
  }
  if (typeof source.api_id === 'string' && source.api_id !== '') {
    notes.push({
      severity: 'info',
      code: 'operator-api-id',
      message: `api_id "${source.api_id}" is kept: the resource takes over the API with this id, and its spec becomes the source of truth.`,
      fix: 'Remove api_id to let the Operator make an id from the namespace and name.',
      path: ['api_id'],
    });
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(source)) {
    if (skip.has(key)) continue;
    const next =
      key === 'custom_middleware' && isJsonObject(value) ? withoutEmptyAuthCheck(value, notes) : value;
    Object.defineProperty(out, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return { doc: out, notes };
}

/** Classic `custom_middleware.auth_check`: an entry without a function name (`{}`) means no auth plugin. */
function withoutEmptyAuthCheck(middleware: JsonObject, notes: Finding[]): JsonObject {
  const auth = middleware.auth_check;
  if (!isJsonObject(auth) || (typeof auth.name === 'string' && auth.name !== '' && auth.disabled !== true))
    return middleware;
  if (auth.disabled === true && typeof auth.name === 'string' && auth.name !== '') {
    notes.push({
      severity: 'warning',
      code: 'operator-disabled-entry',
      message: `The disabled auth plugin "${auth.name}" is left out: the CRD has no "disabled" flag, so keeping it would switch it on.`,
      path: ['custom_middleware', 'auth_check'],
    });
  }
  return Object.fromEntries(Object.entries(middleware).filter(([key]) => key !== 'auth_check'));
}
