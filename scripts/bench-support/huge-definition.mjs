// A Tyk OAS definition of about 46 MB with 200,000 endpoints (100,000 paths, GET and POST each), middleware on
// every GET and a per-endpoint Go plugin on every tenth POST: the size at which a page that reads, lints
// or copies a definition in one go stops answering for seconds. Shaped like the seeded "orders" API.
import { readFileSync, writeFileSync } from 'node:fs';

export const HUGE_ENDPOINTS = 200_000;
export const HUGE_API_NAME = 'Huge catalogue';

export function hugeDefinition() {
  const seed = JSON.parse(readFileSync('src/mocks/seed/orders-oas.json', 'utf8'));
  const paths = {};
  const operations = {};
  for (let i = 0; i < HUGE_ENDPOINTS / 2; i += 1) {
    paths[`/catalogue/section-${i}/items/{itemId}`] = {
      get: {
        operationId: `getItem${i}`,
        summary: `Read an item of section ${i}`,
        parameters: [{ name: 'itemId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'The item' }, 404: { description: 'No such item' } },
      },
      post: { operationId: `postItem${i}`, responses: { 200: { description: 'Changed' } } },
    };
    operations[`getItem${i}`] = { allow: { enabled: true }, rateLimit: { enabled: i % 2 === 0, rate: 100, per: '1s' } };
    if (i % 10 === 0) operations[`postItem${i}`] = { postPlugins: [{ enabled: true, functionName: `Check${i}`, path: '/opt/tyk/plugins/check.so' }] };
  }
  const tyk = seed['x-tyk-api-gateway'];
  return {
    ...seed,
    info: { ...seed.info, title: HUGE_API_NAME },
    paths,
    'x-tyk-api-gateway': {
      ...tyk,
      info: { ...tyk.info, id: 'huge-catalogue', name: HUGE_API_NAME },
      server: { ...tyk.server, listenPath: { value: '/huge/', strip: true } },
      middleware: { ...(tyk.middleware ?? {}), operations },
    },
  };
}

/** Writes the definition as compact JSON; returns its size in bytes. */
export function writeHugeDefinition(file) {
  const text = JSON.stringify(hugeDefinition());
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}
