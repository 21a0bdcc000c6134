import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { readPluginModel } from '../../domain/definition/read';
import type { JsonObject } from '../../domain/json';
import { usePluginModel } from './use-plugin-model';

const oasDoc: JsonObject = {
  openapi: '3.0.3',
  info: { title: 'T', version: '1' },
  paths: { '/orders': { get: { operationId: 'listOrders' }, post: { operationId: 'createOrder' } } },
  'x-tyk-api-gateway': {
    info: { id: 't', name: 'T', state: { active: true } },
    middleware: {
      global: { pluginConfig: { driver: 'goplugin' } },
      operations: { createOrder: { postPlugins: [{ enabled: true, functionName: 'Reserve', path: '/p/s.so' }] } },
    },
  },
};

describe('usePluginModel', () => {
  it('gives the same model as readPluginModel, endpoint plugins with their method and path', () => {
    const { result } = renderHook(() => usePluginModel(oasDoc, 'oas'));
    expect(result.current).toEqual(readPluginModel(oasDoc, 'oas'));
    expect(result.current.endpointPlugins[0]).toMatchObject({ method: 'POST', path: '/orders', operationId: 'createOrder' });
  });

  it('keeps the endpoint list while the paths are the same object', () => {
    const { result, rerender } = renderHook(({ doc }) => usePluginModel(doc, 'oas'), { initialProps: { doc: oasDoc } });
    const before = result.current.endpoints;
    rerender({ doc: { ...oasDoc, info: { title: 'Renamed', version: '1' } } });
    expect(result.current.endpoints).toBe(before);
    rerender({ doc: { ...oasDoc, paths: { '/x': { get: {} } } } });
    expect(result.current.endpoints).toEqual([{ method: 'GET', path: '/x' }]);
  });
});
