import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { installEmbeddedGateway } from '../testing/embedded-gateway-for-tests';
import { tyk } from '../testing/tyk-request';

installEmbeddedGateway();

const ROUTES: [string, string][] = [
  ['POST', '/tyk/apis'],
  ['PUT', '/tyk/apis/payments'],
  ['POST', '/tyk/apis/oas'],
  ['PUT', '/tyk/apis/oas/orders'],
  ['PATCH', '/tyk/apis/oas/orders'],
  ['POST', '/tyk/debug'],
];

function isTykAnswer(json: unknown): boolean {
  return typeof json === 'object' && json !== null;
}

describe('the embedded gateway on malformed input', () => {
  it('answers any JSON body with JSON, never a 5xx', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), fc.jsonValue({ maxDepth: 4 }), async ([method, path], body) => {
        const answer = await tyk(method, path, { body });
        expect(answer.status).toBeLessThan(500);
        expect(isTykAnswer(answer.json)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('answers shaped-but-wrong definitions (wrong types in every plugin field) with 200 or a 400 in Tyk\'s shape, never a 5xx', { timeout: 60_000 }, async () => {
    const wrong = fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.boolean(), fc.array(fc.integer()));
    const refusedOrTaken = (answer: { status: number; json: unknown }) => {
      expect([200, 400]).toContain(answer.status);
      if (answer.status === 400) expect(answer.json).toMatchObject({ status: 'error', message: expect.any(String) as unknown });
    };
    await fc.assert(
      fc.asyncProperty(wrong, wrong, wrong, async (a, b, c) => {
        const classic = { api_id: 'payments', custom_middleware: { pre: a, driver: b }, proxy: c, auth: a };
        refusedOrTaken(await tyk('PUT', '/tyk/apis/payments', { body: classic }));
        const oas = { openapi: '3.0.3', components: a, 'x-tyk-api-gateway': { info: { id: 'orders', name: b }, server: c, middleware: { global: a } } };
        refusedOrTaken(await tyk('PUT', '/tyk/apis/oas/orders', { body: oas }));
        refusedOrTaken(await tyk('POST', '/tyk/debug', { body: { request: { method: a, path: b, headers: c }, spec: classic } }));
        refusedOrTaken(await tyk('POST', '/tyk/debug', { body: { request: a, oas } }));
        // Whatever was taken loads, and the list still answers.
        expect((await tyk('GET', '/tyk/reload')).status).toBe(200);
        expect((await tyk('GET', '/tyk/apis')).status).toBe(200);
      }),
      { numRuns: 15 },
    );
  });

  it('refuses non-JSON bodies: "Request malformed", or "request malformed" where validateOAS reads the body first', async () => {
    for (const [method, path] of ROUTES) {
      // gateway/api.go: the OAS write routes go through validateOAS, whose ErrRequestMalformed is lower case (api.go:86).
      const message = path.startsWith('/tyk/apis/oas') ? 'request malformed' : 'Request malformed';
      expect(await tyk(method, path, { rawBody: 'not json' }), `${method} ${path}`).toMatchObject({
        status: 400,
        json: { status: 'error', message },
      });
    }
  });
});
