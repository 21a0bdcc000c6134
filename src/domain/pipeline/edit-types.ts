import type { JsonObject, JsonPath, JsonValue } from '../json';
import type { HookKind } from './model';

/** The fields of a function as a user gives them; absent flags default to enabled / false. */
export interface FunctionInput {
  name: string;
  path?: string;
  enabled?: boolean;
  requireSession?: boolean;
  rawBodyOnly?: boolean;
}

/** A function's place: its hook and its index in that hook's list (as `readPluginModel` lists them). */
export interface FunctionRef {
  hook: HookKind;
  index: number;
}

/** The value that was at a path before an edit, or that nothing was there. */
export type PreviousValue = { present: true; value: JsonValue } | { present: false };

/**
 * Every change a user can make to the plugin configuration, as data (for undo/redo, drafts and diffs).
 * Endpoint plugin indexes are indexes into `readPluginModel(doc).endpointPlugins`.
 */
export type PluginEdit =
  /**
   * Attaching to `auth` also switches custom auth on (Classic `custom_plugin_auth_enabled` unless a twin is
   * on; OAS `custom.enabled`), since a function there is what that switch runs. OAS `analytics` creates
   * `trafficLogs` with `enabled: true` when it is missing.
   */
  | { type: 'attach'; hook: HookKind; fn: FunctionInput; /** default: at the end */ index?: number }
  /** `to.index` is the position in the destination list after the move (within one hook: 0..length-1). */
  | { type: 'move'; from: FunctionRef; to: FunctionRef }
  /** Detaching the auth function leaves the custom auth switch as it is (turning auth off is its own edit). */
  | { type: 'detach'; at: FunctionRef }
  | { type: 'setEnabled'; at: FunctionRef; enabled: boolean }
  | {
      type: 'updateFunction';
      at: FunctionRef;
      fields: Partial<Pick<FunctionInput, 'name' | 'path' | 'requireSession' | 'rawBodyOnly'>>;
    }
  | { type: 'setDriver'; driver: string }
  | { type: 'setCustomAuthEnabled'; enabled: boolean }
  /** null removes the id extractor. */
  | { type: 'setIdExtractor'; idExtractor: JsonObject | null }
  | {
      type: 'attachEndpointPlugin';
      kind: 'goPlugin' | 'virtual';
      method: string;
      path: string;
      fn: FunctionInput;
      /** OAS: the operation (else found from method + path). */
      operationId?: string;
      /** Classic: the version (else the first one). */
      version?: string;
    }
  | { type: 'detachEndpointPlugin'; index: number }
  | {
      type: 'updateEndpointPlugin';
      index: number;
      fields: Partial<Pick<FunctionInput, 'name' | 'path' | 'enabled' | 'requireSession'>>;
    }
  | { type: 'setBundle'; paths?: string[]; enabled?: boolean }
  | { type: 'setConfigData'; enabled?: boolean; value?: JsonObject }
  /** Puts back what was at `path` (the inverse every edit returns). */
  | { type: 'restore'; path: JsonPath; previous: PreviousValue };

export type EditResult = { ok: true; doc: JsonObject; inverse: PluginEdit } | { ok: false; reason: string; code: string };

/** Gateway build facts that change what can be attached. */
export interface EditOptions {
  /** Lua hooks run only on gateways built with `-tags lua`; release builds answer 500. Default false. */
  luaAvailable?: boolean;
}
