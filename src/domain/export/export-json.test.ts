import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../definition/parse-json';
import { apiName, exportFileName, exportJson } from './export-json';

const text =
  '{\n    "zeta": 1,\n    "name": "Orders",\n    "alpha": {"b": [1, {"z": null, "a": true}], "a": "x"}\n}';

describe('exportJson', () => {
  it('keeps the key order of the document as read', () => {
    const parsed = parseJsonText(text);
    if (!parsed.ok) throw new Error('fixture is JSON');
    const out = exportJson(parsed.value as never);
    expect(out).toBe(
      '{\n  "zeta": 1,\n  "name": "Orders",\n  "alpha": {\n    "b": [\n      1,\n      {\n        "z": null,\n        "a": true\n      }\n    ],\n    "a": "x"\n  }\n}\n',
    );
    expect(JSON.parse(out)).toEqual(JSON.parse(text));
  });

  it('uses the indent asked for', () => {
    expect(exportJson({ a: { b: 1 } }, '\t')).toBe('{\n\t"a": {\n\t\t"b": 1\n\t}\n}\n');
    expect(exportJson({ a: 1 }, 4)).toBe('{\n    "a": 1\n}\n');
  });
});

describe('exportFileName', () => {
  it('names the file after the API', () => {
    expect(exportFileName({ name: 'Orders API' }, 'classic')).toBe('orders-api.tyk-classic.json');
    expect(exportFileName({ info: { title: 'Pet Store' } }, 'oas')).toBe('pet-store.tyk-oas.json');
    expect(
      exportFileName(
        { info: { title: 'x' }, 'x-tyk-api-gateway': { info: { name: 'Refunds' } } },
        'oas',
        'yaml',
      ),
    ).toBe('refunds.tyk-oas.yaml');
    expect(exportFileName({ name: '<script>' }, 'classic')).toBe('script.tyk-classic.json');
    expect(exportFileName({}, 'classic')).toBe('api.tyk-classic.json');
    expect(apiName({ name: 5 }, 'classic')).toBe('');
  });
});
