import type { JsonObject } from '../domain/json';
import type { StoredApi } from './store';

const DRIVERS = ['goplugin', 'python', 'otto', 'grpc', 'lua'] as const;
const WORDS = ['accounts', 'billing', 'catalogue', 'delivery', 'events', 'files', 'geo', 'health', 'invoices', 'ledger'];

/** Classic `custom_middleware` with `n` pre plugins of `driver` (none when n is 0). */
function classicDoc(id: string, name: string, path: string, driver: string, n: number): JsonObject {
  const pre = Array.from({ length: n }, (_, i) => ({ name: `Pre${i}`, path: `plugins/${id}.so`, require_session: false }));
  return {
    api_id: id,
    name,
    org_id: 'bulk',
    active: true,
    use_keyless: n % 2 === 0,
    proxy: { listen_path: path, target_url: 'http://upstream.internal', strip_listen_path: true },
    version_data: { not_versioned: true, versions: { Default: { name: 'Default' } } },
    custom_middleware: n > 0 ? { driver, pre, post: [], post_key_auth: [], response: [] } : { driver: '', pre: [] },
  };
}

/** A Tyk OAS document with `n` x-tyk-api-gateway.middleware.global.prePlugins. */
function oasDoc(id: string, name: string, path: string, driver: string, n: number): JsonObject {
  const prePlugins = Array.from({ length: n }, (_, i) => ({ enabled: true, functionName: `pre${i}`, path: `plugins/${id}.so` }));
  const global: JsonObject = n > 0 ? { pluginConfig: { driver }, prePlugins } : {};
  return {
    openapi: '3.0.3',
    info: { title: name, version: '1.0.0' },
    paths: {},
    'x-tyk-api-gateway': {
      info: { id, name, state: { active: true } },
      upstream: { url: 'http://upstream.internal' },
      server: { listenPath: { value: path, strip: true } },
      middleware: { global },
    },
  };
}

/**
 * `count` generated APIs for speed tests and demos of a large gateway: every third one Tyk OAS, drivers
 * and plugin counts varied, ids `bulk-00001`... Deterministic: the same count gives the same APIs.
 */
export function bulkApis(count: number): StoredApi[] {
  const apis: StoredApi[] = [];
  for (let i = 1; i <= count; i += 1) {
    const id = `bulk-${String(i).padStart(5, '0')}`;
    const word = WORDS[i % WORDS.length] ?? 'api';
    const name = `${word[0]?.toUpperCase() ?? ''}${word.slice(1)} ${i}`;
    const path = `/${word}-${i}/`;
    const driver = DRIVERS[i % DRIVERS.length] ?? 'goplugin';
    const plugins = i % 4;
    apis.push(
      i % 3 === 0
        ? { id, format: 'oas', doc: oasDoc(id, name, path, driver, plugins) }
        : { id, format: 'classic', doc: classicDoc(id, name, path, driver, plugins) },
    );
  }
  return apis;
}
