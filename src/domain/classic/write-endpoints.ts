import type { JsonObject, JsonPath, JsonValue } from '../json';
import { isJsonObject } from '../json';
import { updateDoc } from '../json-edit';
import { ReadContext } from '../definition/read-context';
import type { AttachEndpointEdit, Step } from '../pipeline/format-writer';
import { blocked } from '../pipeline/format-writer';
import type { EndpointPlugin } from '../pipeline/model';
import { withDefaults } from '../pipeline/slots';
import { classicVersions, extendedPathsPath } from './read-endpoints';

/** Appends to `version_data.versions.<v>.extended_paths.go_plugin[]` or `.virtual[]`. */
export function attachClassicEndpoint(doc: JsonObject, plugins: () => EndpointPlugin[], edit: AttachEndpointEdit): Step {
  const versions = classicVersions(new ReadContext(false), doc).map((v) => v.name);
  const version = edit.version ?? versions[0];
  if (version === undefined || !versions.includes(version)) {
    return {
      ok: false,
      code: 'no-version',
      reason: edit.version === undefined ? 'The definition has no version under version_data.versions to hold endpoint plugins.' : `There is no version "${edit.version}" in version_data.versions.`,
    };
  }
  const method = edit.method.toUpperCase();
  const taken = plugins().find((p) => p.kind === edit.kind && p.version === version && p.method.toUpperCase() === method && p.path === edit.path);
  if (taken) {
    const what = edit.kind === 'goPlugin' ? 'a Go plugin' : 'a virtual endpoint';
    return { ok: false, code: 'endpoint-occupied', reason: `${method} ${edit.path} already has ${what} ("${taken.fn.name}"); the gateway runs only the first.` };
  }
  const fn = withDefaults(edit.fn);
  const entry: JsonObject =
    edit.kind === 'goPlugin'
      ? { disabled: !fn.enabled, path: edit.path, method, plugin_path: fn.path, func_name: fn.name }
      : {
          disabled: !fn.enabled,
          response_function_name: fn.name,
          function_source_type: 'file',
          function_source_uri: fn.path,
          path: edit.path,
          method,
          use_session: fn.requireSession,
          proxy_on_error: false,
        };
  const listPath: JsonPath = [...extendedPathsPath(version), edit.kind === 'goPlugin' ? 'go_plugin' : 'virtual'];
  return appendTo(doc, listPath, entry);
}

/** Appends an entry to the array at `path` (created when missing or null). */
export function appendTo(doc: JsonObject, path: JsonPath, entry: JsonValue): Step {
  let wrong = false;
  const result = updateDoc(doc, path, (current) => {
    if (current === undefined || current === null) return [entry];
    if (!Array.isArray(current)) {
      wrong = true;
      return current;
    }
    return [...current, entry];
  });
  if (wrong) return blocked(path);
  if (!result.ok) return blocked(result.at);
  if (!isJsonObject(result.value)) return blocked([]);
  return { ok: true, doc: result.value };
}
