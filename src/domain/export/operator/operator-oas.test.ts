import { describe, expect, it } from 'vitest';
import { toOperatorResources } from './to-operator-resources';
import { docsOf, oas } from './testing-fixtures';

describe('toOperatorResources: Tyk OAS', () => {
  it('makes a ConfigMap holding the document and a TykOasApiDefinition pointing at it', () => {
    const { yaml, notes } = toOperatorResources(oas, 'oas', { namespace: 'shipping' });
    const [configMap, api, ...rest] = docsOf(yaml);
    expect(rest).toEqual([]);
    expect(configMap).toMatchObject({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'shipping-quotes-oas', namespace: 'shipping' },
    });
    expect(api).toMatchObject({
      apiVersion: 'tyk.tyk.io/v1alpha1',
      kind: 'TykOasApiDefinition',
      metadata: { name: 'shipping-quotes', namespace: 'shipping' },
      spec: {
        tykOAS: { configmapRef: { name: 'shipping-quotes-oas', namespace: 'shipping', keyName: 'oas.json' } },
      },
    });
    const json = configMap?.data?.['oas.json'];
    expect(JSON.parse(json ?? 'null')).toEqual(oas);
    expect(json).toBe(JSON.stringify(oas, null, 2) + '\n');
    expect(notes.filter((n) => n.severity !== 'info')).toEqual([]);
  });

  it('refuses a bad key name and warns about a document that is not Tyk OAS', () => {
    const { yaml, notes } = toOperatorResources(
      { openapi: '3.0.3', info: { title: 'Plain' }, paths: {} },
      'oas',
      { keyName: 'a/b' },
    );
    expect(docsOf(yaml)[0]?.data).toHaveProperty(['oas.json']);
    expect(notes.map((n) => n.code)).toEqual(['operator-name', 'operator-key-name', 'operator-not-tyk-oas']);
  });
});
