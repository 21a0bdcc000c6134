import type { JsonObject } from '../domain/json';

/** What went wrong talking to the gateway, in the terms a person can act on. */
export type GatewayErrorKind =
  | 'network'
  | 'timeout'
  | 'refused'
  | 'cancelled'
  | 'forbidden'
  | 'not-found'
  | 'bad-request'
  | 'conflict'
  | 'server'
  | 'not-json';

export interface GatewayErrorInit {
  kind: GatewayErrorKind;
  message: string;
  advice: string;
  status?: number;
  cause?: unknown;
}

/**
 * Every failure of the gateway client is one of these: `message` is Tyk's own message when it sent one,
 * `advice` says what to do next, in plain words.
 */
export class GatewayError extends Error {
  readonly kind: GatewayErrorKind;
  readonly status: number | undefined;
  readonly advice: string;

  constructor(init: GatewayErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'GatewayError';
    this.kind = init.kind;
    this.status = init.status;
    this.advice = init.advice;
  }
}

/** A push refused because the gateway's copy changed since it was opened; carries that copy. */
export class GatewayConflictError extends GatewayError {
  readonly theirs: { id: string; format: 'classic' | 'oas'; doc: JsonObject };

  constructor(init: GatewayErrorInit & { theirs: GatewayConflictError['theirs'] }) {
    super(init);
    this.name = 'GatewayConflictError';
    this.theirs = init.theirs;
  }
}

export function isGatewayError(value: unknown): value is GatewayError {
  return value instanceof GatewayError;
}

/** The advice for each kind; `where` names the gateway (its URL or "the embedded gateway"). */
export function adviceFor(kind: GatewayErrorKind, where: string, mode: 'embedded' | 'proxy', fileEntry?: string): string {
  // A gateway named in the gateways file is fixed there, not in TYK_GATEWAY_URL / TYK_GATEWAY_SECRET.
  const configuredBy = fileEntry === undefined ? 'environment' : 'file';
  const entry = `the entry "${fileEntry ?? where}" in the gateways file (PLUGIN_STUDIO_GATEWAYS)`;
  switch (kind) {
    case 'network':
      if (mode === 'proxy' && configuredBy === 'file') return `${where} does not answer. Is it running? Check the URL of ${entry} and that the app's server can reach it, then try again.`;
      return mode === 'proxy'
        ? `The gateway does not answer at ${where}. Is it running? Check TYK_GATEWAY_URL and that the app's server can reach it, then try again.`
        : 'The embedded gateway does not answer. Reload the page; if that does not help, reset the demo gateway.';
    case 'timeout':
      return `The gateway at ${where} took too long to answer. It may be overloaded or unreachable; try again in a moment.`;
    case 'refused':
      return 'Open the app at the address its server printed when it started; if that is the address in use, add its host name to PLUGIN_STUDIO_ALLOWED_HOSTS and restart the server.';
    case 'cancelled':
      return 'The request was cancelled before the gateway answered. Nothing was changed by this client; try again when ready.';
    case 'forbidden':
      if (mode === 'proxy' && configuredBy === 'file') return `${where} rejected the secret. Check the secret (or the variable its secretFromEnv names) of ${entry}, and restart the app's server.`;
      return mode === 'proxy'
        ? "The gateway rejected the secret. Check TYK_GATEWAY_SECRET and restart the app's server."
        : 'The embedded gateway rejected the secret. Reload the page to start it again.';
    case 'not-found':
      return 'The gateway does not know this API: it may have been deleted by someone else. Reload the list; your draft is kept.';
    case 'bad-request':
      return "The gateway refused the definition. Fix what its message names, then push again; your edit is kept.";
    case 'conflict':
      return 'The gateway already has an API with this id. If an earlier push of yours went through, open it from the list; otherwise give the new definition another id.';
    case 'server':
      return `The gateway at ${where} failed while handling the request. Check its logs, then try again; your edit is kept.`;
    case 'not-json':
      return mode === 'proxy'
        ? `Something at ${where} answered, but not with JSON: is TYK_GATEWAY_URL the gateway itself (not a dashboard or a web page)?`
        : 'The embedded gateway answered with something that is not JSON. Reset the demo gateway.';
  }
}

/**
 * Advice for the few gateway messages that mean something other than their status says: a gateway that
 * takes its APIs from a Dashboard answers every write with a 500 (gateway/api.go blockInDashboardMode).
 */
export function adviceForMessage(message: string): string | undefined {
  if (message.includes('use_db_app_configs')) {
    return 'This gateway takes its APIs from a Tyk Dashboard (use_db_app_configs), so it refuses writes here. Push through the Dashboard, or export the definition and import it there.';
  }
  return undefined;
}

/** Map an HTTP status from the gateway to a kind. */
export function kindForStatus(status: number): GatewayErrorKind {
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status >= 400 && status < 500) return 'bad-request';
  return 'server';
}
