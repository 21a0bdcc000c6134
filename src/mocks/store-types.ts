import type { JsonObject, JsonValue } from '../domain/json';
import type { DefinitionFormat } from '../domain/pipeline/model';

/** One API as the embedded gateway keeps it: the document exactly as it was last written. */
export interface StoredApi {
  id: string;
  format: DefinitionFormat;
  doc: JsonObject;
  /** An MCP proxy (`application_protocol: mcp`, made only through /tyk/mcps): left out of the API lists. */
  kind?: 'mcp';
}

export interface FailNext {
  /** HTTP status of the failure; 0 drops the connection (a network error). */
  status: number;
  /** The answer's body; Tyk's error shape with a generic message when absent. */
  body?: JsonValue;
  /** How many requests fail (default 1). */
  times?: number;
  /** Handle the request first (a write is stored), then lose its answer: a reply lost on the way back. */
  afterHandling?: boolean;
  /**
   * Fail only requests whose `METHOD /path` contains this text (e.g. 'PUT /tyk/apis/oas/orders', or
   * 'POST'), so background reads do not use the failure up.
   */
  match?: string;
}

/** Faults injected for tests and demos. */
export interface Faults {
  latencyMs?: number;
  /** Requests whose `METHOD /path` contains `match` take this long (a slow write, say); the first match counts. */
  slow?: { ms: number; match: string }[];
  failNext?: FailNext;
  down?: boolean;
  notJson?: boolean;
  /**
   * The gateway takes its APIs from a Dashboard (`use_db_app_configs` in tyk.conf): every write answers 500
   * (gateway/api.go blockInDashboardMode).
   */
  dashboardManaged?: boolean;
  /**
   * The secret this gateway's tyk.conf expects, when not the demo's: a gateway whose secret the app's server
   * has wrong answers every call 403.
   */
  secret?: string;
}

export interface GatewayState {
  version: 1;
  apis: StoredApi[];
  faults: Faults;
  reloads: { node: number; group: number };
  /** What the gateway serves: the stored APIs as the last hot reload loaded them (load.ts). */
  loaded: StoredApi[];
}
