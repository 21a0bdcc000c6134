import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { JsonObject } from '../../json';
import { toYamlDocuments } from './yaml-docs';

describe('toYamlDocuments', () => {
  const resources: JsonObject[] = [
    {
      kind: 'A',
      triggers: [{ on: 'any', options: { yes: 'no', date: '2024-01-01', octal: '0777', time: '1:20' } }],
    },
    { kind: 'B', text: 'line one\nline two\n', shared: 'x' },
  ];
  const yaml = toYamlDocuments(resources);

  it('writes one document per resource', () => {
    expect(parseAllDocuments(yaml).map((d) => d.toJS() as unknown)).toEqual(resources);
  });

  it('reads back the same under YAML 1.1, as Kubernetes reads it', () => {
    expect(parseAllDocuments(yaml, { version: '1.1' }).map((d) => d.toJS() as unknown)).toEqual(resources);
    expect(yaml).toContain('- "on": any');
  });
});
