import type { JsonObject } from '../../domain/json';
import { isJsonObject } from '../../domain/json';
import { tykExtension } from '../definitions';

/** What a traced request meets: one entry per middleware the embedded gateway pretends to run. */
interface TraceStep {
  mw: string;
  fn?: string;
}

function obj(value: unknown): JsonObject {
  return isJsonObject(value) ? value : {};
}

function list(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The middleware name the gateway logs for a hook of this driver (gateway/api_loader.go). */
function pluginMw(driver: string): string {
  if (driver === 'goplugin') return 'GoPluginMiddleware';
  if (driver === 'otto' || driver === 'javascript') return 'DynamicMiddleware';
  return 'CoProcessMiddleware';
}

/** Classic: custom_middleware.{pre,auth_check,post_key_auth,post}, use_keyless. */
interface Chain {
  steps: TraceStep[];
  response: TraceStep[];
  listenPath: string;
  /** The header the standard auth token is read from. */
  authHeader: string;
}

function classicSteps(spec: JsonObject): Chain {
  const cm = obj(spec.custom_middleware);
  const mw = pluginMw(str(cm.driver));
  const enabled = (entries: JsonObject[]) => entries.filter((entry) => entry.disabled !== true);
  const hook = (entries: JsonObject[]) => enabled(entries).map((entry) => ({ mw, fn: str(entry.name) }));
  const keyless = spec.use_keyless === true;
  const steps: TraceStep[] = [{ mw: 'VersionCheck' }, ...hook(list(cm.pre)), { mw: 'RateCheckMW' }];
  if (!keyless) {
    const auth = obj(cm.auth_check);
    if (spec.custom_plugin_auth_enabled === true && str(auth.name) !== '') steps.push({ mw, fn: str(auth.name) });
    else steps.push({ mw: 'AuthKey' });
    steps.push(...hook(list(cm.post_key_auth)), { mw: 'KeyExpired' }, { mw: 'AccessRightsCheck' });
  }
  steps.push(...hook(list(cm.post)));
  return {
    steps,
    response: hook(list(cm.response)),
    listenPath: str(obj(spec.proxy).listen_path),
    authHeader: str(obj(spec.auth).auth_header_name) || 'Authorization',
  };
}

/** OAS: x-tyk-api-gateway.middleware.global.* (plural, or the older singular `.plugins`). */
/** The header of the first apiKey-in-header security scheme (`components.securitySchemes`). */
function oasAuthHeader(doc: JsonObject): string {
  for (const scheme of Object.values(obj(obj(doc.components).securitySchemes))) {
    const s = obj(scheme);
    if (s.type === 'apiKey' && s.in === 'header' && str(s.name) !== '') return str(s.name);
  }
  return 'Authorization';
}

function oasSteps(doc: JsonObject): Chain {
  const ext = obj(tykExtension(doc));
  const global = obj(obj(ext.middleware).global);
  const mw = pluginMw(str(obj(global.pluginConfig).driver));
  const hook = (plural: string, singular: string) =>
    [...list(global[plural]), ...list(obj(global[singular]).plugins)]
      .filter((entry) => entry.enabled === true)
      .map((entry) => ({ mw, fn: str(entry.functionName) }));
  const auth = obj(obj(ext.server).authentication);
  const steps: TraceStep[] = [{ mw: 'VersionCheck' }, ...hook('prePlugins', 'prePlugin'), { mw: 'RateCheckMW' }];
  if (auth.enabled === true) {
    const custom = obj(auth.custom);
    const fn = str(obj(custom.config).functionName);
    steps.push(custom.enabled === true && fn !== '' ? { mw, fn } : { mw: 'AuthKey' });
    steps.push(...hook('postAuthenticationPlugins', 'postAuthenticationPlugin'), { mw: 'KeyExpired' });
  }
  steps.push(...hook('postPlugins', 'postPlugin'));
  return {
    steps,
    response: hook('responsePlugins', 'responsePlugin'),
    listenPath: str(obj(obj(ext.server).listenPath).value),
    authHeader: oasAuthHeader(doc),
  };
}

export interface DebugInput {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  spec?: JsonObject;
  oas?: JsonObject;
}

/**
 * A plausible answer of POST /tyk/debug: the request and response as raw HTTP (`response`) and the
 * gateway's debug log lines (`logs`), in the TraceResponse shape of gateway-api/swagger.yml.
 */
export function traceRequest(input: DebugInput): { message: string; response: string; logs: string } {
  const { steps, response, listenPath, authHeader } = input.oas ? oasSteps(input.oas) : classicSteps(input.spec ?? {});
  const apiId = input.oas ? str(obj(obj(tykExtension(input.oas)).info).id) : str(input.spec?.api_id);
  const time = new Date().toISOString();
  const lines: string[] = [];
  const log = (fields: JsonObject) => lines.push(JSON.stringify({ level: 'debug', ...fields, api_id: apiId, time }));
  const matches = listenPath === '' || input.path.startsWith(listenPath) || `${input.path}/` === listenPath;
  let status = matches ? 200 : 404;
  if (matches) {
    for (const step of [...steps, { mw: 'ReverseProxy' }, ...response]) {
      log({ mw: step.mw, msg: 'Started', ...(step.fn ? { func: step.fn } : {}) });
      const hasToken = Object.keys(input.headers).some((name) => name.toLowerCase() === authHeader.toLowerCase());
      if (step.mw === 'AuthKey' && !hasToken) {
        log({ mw: step.mw, msg: 'Attempted access with malformed header, no auth header found.', level: 'info' });
        status = 401;
        break;
      }
      log({ mw: step.mw, msg: 'Finished', ns: 1000 + lines.length * 137 });
    }
  } else {
    log({ msg: `No API matches ${input.path} (listen path ${listenPath})`, level: 'warning' });
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
