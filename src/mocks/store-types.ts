import type { JsonObject, JsonValue } from '../domain/json';
import type { DefinitionFormat } from '../domain/pipeline/model';

/** One API as the embedded gateway keeps it: the document exactly as it was last written. */
export interface StoredApi {
  id: string;
  format: DefinitionFormat;
  doc: JsonObject;
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
  failNext?: FailNext;
  down?: boolean;
  notJson?: boolean;
  /** Serve writes only after GET /tyk/reload(/group), as a real gateway does (default: at once). */
  serveAfterReload?: boolean;
}

export interface GatewayState {
  version: 1;
  apis: StoredApi[];
  faults: Faults;
  reloads: { node: number; group: number };
  /**
   * What the gateway serves when it serves only what was loaded at the last reload (as a real one does);
   * absent: writes are served at once.
   */
  loaded?: StoredApi[];
}
