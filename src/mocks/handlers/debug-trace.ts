import { buildChain, CHAIN_STAGES } from '../../domain/chain';
import type { ChainStep } from '../../domain/chain';
import { readPluginModel } from '../../domain';
import type { JsonObject } from '../../domain/json';
import { isJsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';
import { tykExtension } from '../definitions';
import { EMBEDDED_PROFILE } from '../../domain/profile/profile';

function obj(value: unknown): JsonObject {
  return isJsonObject(value) ? value : {};
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export interface DebugInput {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  spec?: JsonObject;
  oas?: JsonObject;
}

/** Classic `proxy.listen_path`; OAS `x-tyk-api-gateway.server.listenPath.value`. */
function listenPathOf(doc: JsonObject, format: DefinitionFormat): string {
  if (format === 'classic') return str(obj(doc.proxy).listen_path);
  return str(obj(obj(obj(tykExtension(doc)).server).listenPath).value);
}

/** The header the auth token is read from: Classic `auth.auth_header_name`; OAS the first apiKey-in-header scheme. */
function authHeaderOf(doc: JsonObject, format: DefinitionFormat): string {
  if (format === 'classic') return str(obj(doc.auth).auth_header_name) || 'Authorization';
  for (const scheme of Object.values(obj(obj(doc.components).securitySchemes))) {
    const s = obj(scheme);
    if (s.type === 'apiKey' && s.in === 'header' && str(s.name) !== '') return str(s.name);
  }
  return 'Authorization';
}

const GATEWAY_NAMES = new Map(CHAIN_STAGES.map((stage) => [stage.id, stage.gatewayName ?? stage.label]));

/** The middleware the gateway logs for a hook with this driver (gateway/api_loader.go, server.go). */
function hookMiddleware(step: ChainStep, driver: string): string {
  if (step.hook === 'endpointGoPlugin') return 'GoPluginMiddleware';
  if (step.hook === 'virtual') return 'VirtualEndpoint';
  if (step.hook === 'analytics') return 'GoAnalyticsPlugin';
  const jsvm = driver === 'otto' || driver === 'javascript';
  if (step.hook === 'response') {
    return driver === 'goplugin' ? 'goplugin_res_hook' : jsvm ? 'custom_mw_js_res_hook' : 'custom_mw_res_hook';
  }
  return driver === 'goplugin' ? 'GoPluginMiddleware' : jsvm ? 'DynamicMiddleware' : 'CoProcessMiddleware';
}

/** Classic `custom_middleware.driver`; OAS `middleware.global.pluginConfig.driver`. */
function driverOf(doc: JsonObject, format: DefinitionFormat): string {
  if (format === 'classic') return str(obj(doc.custom_middleware).driver);
  return str(obj(obj(obj(obj(tykExtension(doc)).middleware).global).pluginConfig).driver);
}

/**
 * The chain the request meets, from the domain's model of the gateway (the same one the pipeline view
 * shows), so the embedded gateway's trace and the diagram agree. Never throws: an unreadable definition
 * gives an empty chain.
 */
function chainFor(doc: JsonObject, format: DefinitionFormat, method: string, path: string): ChainStep[] {
  try {
    return buildChain(doc, format, readPluginModel(doc, format), { method, path }, { profile: EMBEDDED_PROFILE });
  } catch {
    return [];
  }
}

/**
 * A plausible answer of POST /tyk/debug: the request and response as raw HTTP (`response`) and the
 * gateway's debug log lines (`logs`), in the TraceResponse shape of gateway-api/swagger.yml.
 */
export function traceRequest(input: DebugInput): { message: string; response: string; logs: string } {
  const format: DefinitionFormat = input.oas ? 'oas' : 'classic';
  const doc = input.oas ?? input.spec ?? {};
  const apiId = format === 'oas' ? str(obj(obj(tykExtension(doc)).info).id) : str(doc.api_id);
  const listenPath = listenPathOf(doc, format);
  const authHeader = authHeaderOf(doc, format).toLowerCase();
  const time = new Date().toISOString();
  const lines: string[] = [];
  const log = (fields: JsonObject) => lines.push(JSON.stringify({ level: 'debug', ...fields, api_id: apiId, time }));

  const matches = listenPath === '' || input.path.startsWith(listenPath) || `${input.path}/` === listenPath;
  let status = matches ? 200 : 404;
  if (!matches) log({ msg: `No API matches ${input.path} (listen path ${listenPath})`, level: 'warning' });
  const hasToken = Object.keys(input.headers).some((name) => name.toLowerCase() === authHeader);

  const driver = driverOf(doc, format);
  for (const step of matches ? chainFor(doc, format, input.method, input.path) : []) {
    if (step.state === 'inactive') continue;
    const mw = step.hook ? hookMiddleware(step, driver) : (GATEWAY_NAMES.get(step.id) ?? step.label);
    const note: JsonObject = step.state === 'unknown' ? { note: step.reason } : {};
    if (step.hook) {
      for (const fn of step.functions.filter((f) => f.runs)) {
        log({ mw, msg: 'Started', func: fn.fn.name, ...note });
        log({ mw, msg: 'Finished', func: fn.fn.name, ns: 1000 + lines.length * 137 });
      }
      continue;
    }
    log({ mw, msg: 'Started', ...note });
    if (step.id === 'auth-token' && !hasToken) {
      log({ mw, msg: 'Attempted access with malformed header, no auth header found.', level: 'info' });
      status = 401;
      break;
    }
    log({ mw, msg: 'Finished', ns: 1000 + lines.length * 137 });
  }

  const reason = status === 200 ? 'OK' : status === 401 ? 'Unauthorized' : 'Not Found';
  const requestHeaders = Object.entries(input.headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const body =
    status === 200
      ? JSON.stringify({ upstream: 'embedded demo upstream', path: input.path })
      : JSON.stringify({ error: status === 401 ? 'Authorization field missing' : 'Not Found' });
  const dump =
    `====== Request ======\n${input.method} ${input.path} HTTP/1.1\r\nHost: tyk-gateway\r\n${requestHeaders}\r\n${input.body}\n` +
    `====== Response ======\nHTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\n\r\n${body}\n`;
  return { message: 'ok', response: dump, logs: lines.join('\n') };
}
