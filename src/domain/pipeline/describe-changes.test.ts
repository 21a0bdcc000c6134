import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { describeChanges as describeDocs } from './describe-changes';

/** Test documents are plain literals; the domain reads them as any JSON object. */
const describeChanges = (before: object | null, after: object, format: 'classic' | 'oas') =>
  describeDocs(before as JsonObject | null, after as JsonObject, format);

const classic = (middleware: object, more: object = {}) => ({
  api_id: 'a',
  name: 'Payments',
  proxy: { listen_path: '/payments/' },
  custom_middleware: { driver: 'python', ...middleware },
  ...more,
});

describe('describeChanges: what a push changes, in words', () => {
  it('says functions added, removed and moved on a hook, with their positions', () => {
    const before = classic({ post: [{ name: 'Mask', path: '' }, { name: 'Strip', path: '' }, { name: 'Tag', path: '' }] });
    const after = classic({ post: [{ name: 'AddCorrelationID', path: '' }, { name: 'Tag', path: '' }, { name: 'Mask', path: '' }] });
    expect(describeChanges(before, after, 'classic')).toEqual([
      'Post hook: + AddCorrelationID at position 1',
      'Post hook: − Strip',
      'Post hook: Tag moved to position 2',
      'Post hook: Mask moved to position 3',
    ]);
  });

  it('says the driver, custom auth, authentication, a switched-off function and its file', () => {
    const before = classic({ pre: [{ name: 'Check', path: 'a.py' }] }, { use_keyless: true });
    const after = {
      ...classic({ driver: 'grpc', pre: [{ name: 'Check', path: 'b.py', disabled: true }] }),
      custom_plugin_auth_enabled: true,
    };
    expect(describeChanges(before, after, 'classic')).toEqual([
      'Driver: python to grpc',
      'Authentication: keyless to required',
      'Custom auth: switched on',
      'Pre hook: Check switched off',
      'Pre hook: Check file a.py to b.py',
    ]);
  });

  it('says name, listen path, bundle and config data changes, and per-endpoint plugins', () => {
    const goPlugin = { path: '/refunds', method: 'POST', plugin_path: 'r.so', func_name: 'Limit' };
    const versions = (plugins: object[]) => ({ version_data: { versions: { Default: { extended_paths: { go_plugin: plugins } } } } });
    const before = { ...classic({}), ...versions([]), config_data: { a: 1 } };
    const after = {
      ...classic({}, { name: 'Payments v2', proxy: { listen_path: '/pay/' }, custom_middleware_bundle: 'b.zip' }),
      ...versions([goPlugin]),
      config_data: { a: 2 },
      config_data_disabled: true,
    };
    expect(describeChanges(before, after, 'classic')).toEqual([
      'Name: "Payments" to "Payments v2"',
      'Listen path: /payments/ to /pay/',
      'Bundle: (none) to b.zip',
      'Config data: no longer passed to plugins',
      'Config data: its values changed',
      'Per-endpoint Go plugin on POST /refunds: + Limit',
    ]);
  });

  it('reads Tyk OAS the same way, and sums up a new API', () => {
    const oas = (prePlugins: object[]) => ({
      openapi: '3.0.3',
      info: { title: 'Orders', version: '1' },
      paths: {},
      'x-tyk-api-gateway': {
        info: { id: 'o', name: 'Orders', state: { active: true } },
        server: { listenPath: { value: '/orders/' } },
        middleware: { global: { pluginConfig: { driver: 'goplugin' }, prePlugins } },
      },
    });
    const one = oas([{ enabled: true, functionName: 'Audit', path: 'a.so' }]);
    expect(describeChanges(oas([]), one, 'oas')).toEqual(['Pre hook: + Audit at position 1']);
    expect(describeChanges(null, one, 'oas')).toEqual(['New API: Orders on /orders/, 1 plugin function']);
    expect(describeChanges(one, one, 'oas')).toEqual([]);
  });
});
