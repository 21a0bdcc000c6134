import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the test gateway behaves for the next calls. */
export type GatewayMood = 'tyk' | 'slow' | 'reset' | 'html-404';

export interface SeenCall {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface GatewayDouble {
  url: string;
  seen: SeenCall[];
  setMood(mood: GatewayMood): void;
  /** Stop listening: calls then meet a closed port, as with a stopped gateway. */
  stop(): Promise<void>;
}

/** Tyk's answers, in short: no APIs at all, a 404 for any one API, "modified" for writes, 403 without the secret. */
function tykAnswer(method: string, url: string, secretOk: boolean): [number, unknown] {
  if (!secretOk) return [403, { status: 'error', message: 'Attempted administrative access with invalid or missing key!' }];
  const path = url.split('?')[0];
  if (method === 'GET' && (path === '/tyk/apis' || path === '/tyk/apis/oas')) return [200, []];
  if (method === 'GET' && path?.startsWith('/tyk/apis/')) return [404, { status: 'error', message: 'API not found' }];
  return [200, { key: 'x', status: 'ok', action: 'modified' }];
}

/**
 * A stand-in for a Tyk Gateway on loopback that can misbehave the ways a real one does: answer like Tyk
 * (JSON, 403 without the right secret), never answer, drop the connection, or be a web server's 404 page.
 */
export async function startGatewayDouble(secret: string): Promise<GatewayDouble> {
  const seen: SeenCall[] = [];
  let mood: GatewayMood = 'tyk';
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (mood === 'slow') return; // never answers
      if (mood === 'reset') return req.socket.destroy();
      if (mood === 'html-404') {
        res.writeHead(404, { 'content-type': 'text/html' });
        return res.end('<!doctype html><title>Not Found</title><h1>Not Found</h1>');
      }
      const [status, answer] = tykAnswer(req.method ?? 'GET', req.url ?? '/', req.headers['x-tyk-authorization'] === secret);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    seen,
    setMood: (next) => void (mood = next),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
