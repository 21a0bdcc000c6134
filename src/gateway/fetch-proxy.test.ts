import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from './connection';
import { gatewayFetch } from './fetch';
import { failure } from './testing-failure';

const proxy: Connection = { mode: 'proxy', label: 'http://tyk.internal:8080', baseUrl: '', key: 'http://tyk.internal:8080' };

/** The app's server answering in place of the gateway (server/gateway-proxy.mjs), or a gateway's own answer. */
function answerWith(status: number, body: string, headers: Record<string, string>) {
  return vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { status, headers }));
}

afterEach(() => vi.restoreAllMocks());

describe("the app's server failing on the gateway's behalf", () => {
  it('sends the header the server requires of the app', async () => {
    const spy = answerWith(200, '[]', { 'content-type': 'application/json' });
    await gatewayFetch('/tyk/apis', { connection: proxy });
    expect(new Headers(spy.mock.calls[0]?.[1]?.headers).get('x-plugin-studio-request')).toBe('1');
  });

  it('a stopped gateway reads as "is it running?", not as a server error to look up in its logs', async () => {
    answerWith(502, JSON.stringify({ status: 'error', message: 'Could not reach the gateway at http://tyk.internal:8080 (ECONNREFUSED).' }), {
      'content-type': 'application/json',
      'x-plugin-studio-proxy': 'unreachable',
    });
    const error = await failure(gatewayFetch('/tyk/apis', { connection: proxy }));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.advice).toMatch(/Is it running\? Check TYK_GATEWAY_URL/);
    expect(error.advice).not.toMatch(/logs/);
  });

  it('a connection the gateway dropped, and one it left unanswered', async () => {
    answerWith(502, '{"status":"error","message":"closed"}', { 'x-plugin-studio-proxy': 'reset' });
    expect((await failure(gatewayFetch('/tyk/apis', { connection: proxy }))).kind).toBe('network');
    answerWith(504, '{"status":"error","message":"slow"}', { 'x-plugin-studio-proxy': 'timeout' });
    expect((await failure(gatewayFetch('/tyk/apis', { connection: proxy }))).kind).toBe('timeout');
  });

  it("a gateway's own 502 is still the gateway's error", async () => {
    answerWith(502, '{"status":"error","message":"upstream broke"}', { 'content-type': 'application/json' });
    const error = await failure(gatewayFetch('/tyk/apis', { connection: proxy }));
    expect(error.kind).toBe('server');
  });

  it('a refusal by the server says how to open the app', async () => {
    answerWith(403, '{"status":"error","message":"Plugin Studio\'s gateway proxy refused this call: the host"}', { 'x-plugin-studio-proxy': 'refused' });
    const error = await failure(gatewayFetch('/tyk/apis', { connection: proxy }));
    expect(error.kind).toBe('refused');
    expect(error.advice).toMatch(/PLUGIN_STUDIO_ALLOWED_HOSTS/);
  });

  it("a web page's 404 points at the URL, not at a deleted API", async () => {
    answerWith(404, '<!doctype html><h1>Not Found</h1>', { 'content-type': 'text/html' });
    const error = await failure(gatewayFetch('/tyk/apis/orders', { connection: proxy }));
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(/A web page answered GET \/tyk\/apis\/orders with HTTP 404/);
    expect(error.advice).toMatch(/TYK_GATEWAY_URL/);
    expect(error.advice).not.toMatch(/deleted/);
  });

  it("Tyk's plain-text 404 for a route it lacks stays a 404", async () => {
    answerWith(404, '404 page not found\n', { 'content-type': 'text/plain' });
    expect((await failure(gatewayFetch('/tyk/apis/oas', { connection: proxy }))).kind).toBe('not-found');
  });

});
