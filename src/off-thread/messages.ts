import type { JsonPath, JsonValue } from '../domain/json';
import type { DefinitionFormat, Finding } from '../domain/pipeline/model';
import type { GatewayProfile } from '../domain/profile/profile';

/** A large container's slice, sent once per container (the worker keeps it by `id` until told otherwise). */
export interface PieceMessage {
  type: 'piece';
  id: number;
  isArray: boolean;
  entries: JsonValue[] | [string, JsonValue][];
}

/** A container made from one the worker holds (`from`) by setting one key: after an edit of one endpoint. */
export interface PatchMessage {
  type: 'patch';
  id: number;
  from: number;
  key: string;
  value: JsonValue;
}

/** Lint this document: its spine, and which kept container goes where. */
export interface LintMessage {
  type: 'lint';
  request: number;
  spine: JsonValue;
  holes: { path: JsonPath; id: number }[];
  format: DefinitionFormat;
  profile?: GatewayProfile;
}

/** Write this document as text (patched into its imported `source`, when there is one). */
export interface TextMessage {
  type: 'text';
  request: number;
  spine: JsonValue;
  holes: { path: JsonPath; id: number }[];
  source: SourceRef;
  /** Answer with a Blob (a download needs one, and making it from 50 MB on the page holds the page up). */
  blob?: boolean;
}

/**
 * The text an imported definition came from: given when the page holds it, else read by the worker from
 * storage under `key` (absent there too: written afresh).
 */
export interface SourceRef {
  key: string;
  text?: string | undefined;
}

/** Was this draft imported from the Dashboard's export format? (Parsing its source is the worker's job.) */
export interface DashboardMessage {
  type: 'dashboard';
  request: number;
  source: SourceRef;
}

export type ToWorker = PieceMessage | PatchMessage | LintMessage | TextMessage | DashboardMessage;

/** What the lint found; only the first of very many come back (no view shows 400,000), with how many there were. */
export interface FindingsMessage {
  type: 'findings';
  request: number;
  findings: Finding[];
  total: number;
}

export const FINDINGS_SENT = 2000;

export interface TextAnswer {
  type: 'text';
  request: number;
  text: string | Blob;
}

export interface DashboardAnswer {
  type: 'dashboard';
  request: number;
  dashboard: boolean;
}

export type FromWorker = FindingsMessage | TextAnswer | DashboardAnswer;
