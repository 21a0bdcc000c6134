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

export const HUGE_CLASSIC_NAME = 'Huge classic catalogue';

/**
 * The same 200,000 endpoints as a Tyk Classic definition: 100,000 white_list entries (GET and POST each), a
 * rate limit on every other GET and a per-endpoint Go plugin on every tenth POST, in one version's
 * extended_paths. Shaped like the seeded "payments" API.
 */
export function hugeClassicDefinition() {
  const seed = JSON.parse(readFileSync('src/mocks/seed/payments-classic.json', 'utf8'));
  const whiteList = [];
  const rateLimit = [];
  const goPlugin = [];
  for (let i = 0; i < HUGE_ENDPOINTS / 2; i += 1) {
    const path = `/catalogue/section-${i}/items/{itemId}`;
    const allow = { action: 'no_action', code: 200, data: '', headers: {} };
    whiteList.push({ path, method_actions: { GET: allow, POST: allow } });
    if (i % 2 === 0) rateLimit.push({ path, method: 'GET', rate: 100, per: 1, disabled: false });
    if (i % 10 === 0) goPlugin.push({ path, method: 'POST', plugin_path: '/opt/tyk/plugins/check.so', func_name: `Check${i}`, disabled: false });
  }
  return {
    ...seed,
    api_id: 'huge-classic-catalogue',
    name: HUGE_CLASSIC_NAME,
    proxy: { ...seed.proxy, listen_path: '/huge-classic/' },
    version_data: {
      not_versioned: true,
      versions: { Default: { name: 'Default', use_extended_paths: true, extended_paths: { white_list: whiteList, rate_limit: rateLimit, go_plugin: goPlugin } } },
    },
  };
}

/** Writes the Classic definition as compact JSON; returns its size in bytes. */
export function writeHugeClassicDefinition(file) {
  const text = JSON.stringify(hugeClassicDefinition());
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}
