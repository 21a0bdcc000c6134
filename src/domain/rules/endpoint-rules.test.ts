import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { lintDefinition } from './lint';
import { oasDoc } from './test-docs';

const codes = (doc: JsonObject, format: 'classic' | 'oas' = 'classic') =>
  lintDefinition(doc, format).map((f) => f.code);

describe('endpoint-missing', () => {
  it('flags an OAS operation plugin whose operationId is not in paths', () => {
    const x = {
      middleware: {
        operations: { refund: { postPlugins: [{ enabled: true, functionName: 'R', path: 'r.so' }] } },
      },
    };
    expect(codes(oasDoc(x), 'oas')).toContain('endpoint-missing');
    const paths = { '/refunds': { post: { operationId: 'refund', responses: {} } } };
    expect(codes(oasDoc(x, paths), 'oas')).not.toContain('endpoint-missing');
  });
});

describe('endpoint-plugin-ignored / analytics-plugin-ignored', () => {
  it('flags OAS lists where the gateway uses only the first entry', () => {
    const paths = { '/refunds': { post: { operationId: 'refund', responses: {} } } };
    const plugin = (name: string) => ({ enabled: true, functionName: name, path: `${name}.so` });
    const two = oasDoc(
      {
        middleware: {
          global: { trafficLogs: { enabled: true, plugins: [plugin('A1'), plugin('A2')] } },
          operations: { refund: { postPlugins: [plugin('R1'), plugin('R2')] } },
        },
      },
      paths,
    );
    expect(codes(two, 'oas')).toEqual(
      expect.arrayContaining(['endpoint-plugin-ignored', 'analytics-plugin-ignored']),
    );
    const one = oasDoc(
      {
        middleware: {
          global: { trafficLogs: { enabled: true, plugins: [plugin('A1')] } },
          operations: { refund: { postPlugins: [plugin('R1')] } },
        },
      },
      paths,
    );
    expect(codes(one, 'oas')).not.toContain('endpoint-plugin-ignored');
    expect(codes(one, 'oas')).not.toContain('analytics-plugin-ignored');
  });
});
