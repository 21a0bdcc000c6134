import { isJsonObject, type JsonObject } from '../../json';
import type { Finding } from '../../pipeline/model';
import type { CrdShape } from './crd-shape';

/**
 * Classic settings switched off by a sibling flag (`config_data_disabled`, `custom_middleware_bundle_disabled`,
 * `domain_disabled` ...): when the CRD has no such flag, the setting is left out so that it stays off.
 * Also leaves out fields the Operator manages itself (`org_id`, `id`) and an empty `auth_check`.
 */
export function prepareClassic(doc: JsonObject, spec: CrdShape): { doc: JsonObject; notes: Finding[] } {
  const notes: Finding[] = [];
  const skip = new Set<string>();
  const known = spec.properties ?? {};
  for (const [key, value] of Object.entries(doc)) {
    const base = key.endsWith('_disabled') ? key.slice(0, -'_disabled'.length) : '';
    if (value !== true || !base || Object.hasOwn(known, key) || !Object.hasOwn(doc, base)) continue;
    skip.add(base);
    notes.push({
      severity: 'warning',
      code: 'operator-disabled-setting',
      message: `"${base}" is switched off here ("${key}": true), and the Operator's ApiDefinition cannot say so: it is left out, so it stays off.`,
      fix: `Add "${base}" back to the resource when you want it on.`,
      path: [base],
    });
  }
  for (const [key, why] of [
    ['org_id', 'the Operator sets org_id from its OperatorContext and overwrites any value.'],
    ['id', 'the database id is for the server only.'],
  ] as const) {
    if (!Object.hasOwn(doc, key)) continue;
    skip.add(key);
    notes.push({
      severity: 'info',
      code: 'operator-managed',
      message: `"${key}" is left out: ${why}`,
      path: [key],
    });
  }
  if (typeof doc.api_id === 'string' && doc.api_id !== '') {
    notes.push({
      severity: 'info',
      code: 'operator-api-id',
      message: `api_id "${doc.api_id}" is kept: the resource takes over the API with this id, and its spec becomes the source of truth.`,
      fix: 'Remove api_id to let the Operator make an id from the namespace and name.',
      path: ['api_id'],
    });
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(doc)) {
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
