/**
 * A stand-in for a real Tyk Gateway's control API, for the end-to-end tests that go through the dev
 * server's proxy (never the embedded gateway). Written apart from the embedded gateway on purpose: it
 * normalises differently (its own defaults, its own host in `servers`) and reloads a group in its own time,
 * so a test passing here does not lean on the embedded gateway's quirks. It keeps to what every gateway
 * does: writes are stored and served only after a hot reload (gateway/api.go, api_loader.go), GET answers
 * with the loaded copy, errors are `{"status":"error","message"}`, and the secret is checked.
 *
 *   PORT=5298 SECRET=s npx tsx e2e/gateway-double/server.ts
 *
 * Test-only controls, outside /tyk: POST /__double/change/{id} (someone else edits and reloads),
 * POST /__double/reset, GET /__double/log (the requests it answered), POST /__double/reload (a group reload
 * reaching this node through pub/sub).
 *
 * PEERS (comma-separated URLs of other doubles) makes a cluster of nodes that each keep their own files:
 * a group reload on one reaches the others, as Tyk's pub/sub does.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { seed, type Api } from './seed';
import { normalise } from './normalise';

const port = Number(process.env.PORT ?? 5298);
const secret = process.env.SECRET ?? 'double-secret';
const peers = (process.env.PEERS ?? '').split(',').filter(Boolean);
/** A group reload is passed on through pub/sub: the nodes reload a moment later. */
const GROUP_DELAY_MS = 600;

let stored: Api[] = seed();
let served: Api[] = stored.map(normalise);
const log: string[] = [];

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

const error = (res: ServerResponse, status: number, message: string) => send(res, status, { status: 'error', message });

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function idOf(format: Api['format'], doc: Record<string, unknown>): string {
  if (format === 'classic') return typeof doc.api_id === 'string' ? doc.api_id : '';
  const ext = doc['x-tyk-api-gateway'];
  const info = isObject(ext) ? ext.info : undefined;
  return isObject(info) && typeof info.id === 'string' ? info.id : '';
}

function reload(): void {
  served = stored.map(normalise);
}

function put(api: Api): void {
  stored = [...stored.filter((existing) => existing.id !== api.id), api];
}

async function write(req: IncomingMessage, res: ServerResponse, format: Api['format'], pathId: string | undefined): Promise<void> {
  const body = await readBody(req);
  if (!isObject(body)) return error(res, 400, format === 'oas' ? 'request malformed' : 'Request malformed');
  if (format === 'oas' && !isObject(body['x-tyk-api-gateway'])) return error(res, 400, 'the payload should contain x-tyk-api-gateway');
  if (pathId === undefined) {
    const id = idOf(format, body) || `double${Date.now().toString(16)}`;
    put({ id, format, doc: body });
    return send(res, 200, { key: id, status: 'ok', action: 'added' });
  }
  const current = served.find((api) => api.id === pathId);
  if (!current) return error(res, 404, 'API not found');
  if (idOf(format, body) !== pathId) {
    return error(res, 400, 'Request APIID does not match that in Definition! For Update operations these must match.');
  }
  put({ id: pathId, format, doc: body });
  send(res, 200, { key: pathId, status: 'ok', action: 'modified' });
}

function someoneElseChanges(id: string): boolean {
  const api = stored.find((item) => item.id === id);
  if (!api) return false;
  const doc = structuredClone(api.doc);
  if (api.format === 'classic') doc.name = `${String(doc.name)} (edited by ops)`;
  else {
    const info = doc.info as Record<string, unknown>;
    info.description = 'Edited by ops';
  }
  put({ ...api, doc });
  reload();
  return true;
}

const server = createServer((req, res) => {
  void (async () => {
    const url = new URL(req.url ?? '/', 'http://double');
    const method = req.method ?? 'GET';
    const path = url.pathname;
    if (path.startsWith('/__double/')) {
      if (path === '/__double/reset') {
        stored = seed();
        reload();
        log.length = 0;
        return send(res, 200, { ok: true });
      }
      if (path === '/__double/log') return send(res, 200, log);
      if (path === '/__double/reload') {
        setTimeout(reload, GROUP_DELAY_MS);
        return send(res, 200, { ok: true });
      }
      const change = /^\/__double\/change\/([^/]+)$/.exec(path);
      if (change?.[1]) return send(res, someoneElseChanges(decodeURIComponent(change[1])) ? 200 : 404, {});
      return error(res, 404, 'no such control');
    }
    log.push(`${method} ${path}${url.search}`);
    if (req.headers['x-tyk-authorization'] !== secret) return error(res, 403, 'Attempted administrative access with invalid or missing key!');

    const oasOne = /^\/tyk\/apis\/oas\/([^/]+)$/.exec(path);
    const classicOne = /^\/tyk\/apis\/([^/]+)$/.exec(path);
    if (path === '/tyk/reload') {
      reload();
      return send(res, 200, { status: 'ok', message: '' });
    }
    if (path === '/tyk/reload/group') {
      setTimeout(reload, GROUP_DELAY_MS);
      for (const peer of peers) void fetch(`${peer}/__double/reload`, { method: 'POST' }).catch(() => undefined);
      return send(res, 200, { status: 'ok', message: '' });
    }
    if (path === '/tyk/apis' && method === 'GET') {
      return send(res, 200, served.map((api) => (api.format === 'oas' ? { api_id: api.id, is_oas: true } : api.doc)));
    }
    if (path === '/tyk/apis' && method === 'POST') return write(req, res, 'classic', undefined);
    if (path === '/tyk/apis/oas' && method === 'GET') return send(res, 200, served.filter((api) => api.format === 'oas').map((api) => api.doc));
    if (path === '/tyk/apis/oas' && method === 'POST') return write(req, res, 'oas', undefined);
    const one = oasOne ?? classicOne;
    const id = one?.[1] ? decodeURIComponent(one[1]) : undefined;
    if (id === undefined) return error(res, 404, 'Not Found');
    const format: Api['format'] = oasOne ? 'oas' : 'classic';
    const api = served.find((item) => item.id === id);
    if (method === 'GET') {
      if (!api) return error(res, 404, 'API not found');
      if (format === 'oas' && api.format !== 'oas') return error(res, 400, 'the requested API definition is in Tyk classic format, please use old api endpoint');
      return send(res, 200, api.doc);
    }
    if (method === 'PUT') return write(req, res, format, id);
    if (method === 'DELETE') {
      if (!api) return error(res, 404, 'API not found');
      stored = stored.filter((item) => item.id !== id);
      return send(res, 200, { key: id, status: 'ok', action: 'deleted' });
    }
    error(res, 405, 'Method not supported');
  })();
});

server.listen(port, '127.0.0.1', () => {
  console.log(`gateway double on http://127.0.0.1:${port}`);
});
