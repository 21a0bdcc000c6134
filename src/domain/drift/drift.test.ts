import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { differingPaths, driftReport, driftSummary, type DriftApi } from './drift';

const classic = (id: string, extra: JsonObject = {}): DriftApi => ({ id, format: 'classic', doc: { api_id: id, name: id, proxy: { listen_path: `/${id}/` }, ...extra } });

describe('drift between two gateways', () => {
  it('sorts APIs into only here, only there, different and the same, by id', () => {
    const report = driftReport(
      [classic('b'), classic('a'), classic('c', { name: 'C v2' }), classic('d')],
      [classic('a'), classic('c'), classic('e'), { id: 'd', format: 'oas', doc: {} }],
    );
    expect(report.onlyLeft).toEqual(['b']);
    expect(report.onlyRight).toEqual(['e']);
    expect(report.same).toEqual(['a']);
    expect(report.different).toEqual([{ id: 'c', paths: [['name']] }, { id: 'd', paths: [], formats: ['classic', 'oas'] }]);
    expect(driftSummary(report, ['dev', 'prod'])).toBe('2 different, 1 only on dev, 1 only on prod, 1 the same.');
  });

  it('by meaning, not bytes: key order and the zero values a gateway fills in are no drift', () => {
    const sent = { api_id: 'a', proxy: { listen_path: '/a/', target_url: 'http://up' } };
    const loaded = { proxy: { target_url: 'http://up', listen_path: '/a/', strip_listen_path: false }, api_id: 'a', tags: [], custom_middleware: { pre: [] } };
    expect(differingPaths(sent, loaded, 'classic')).toEqual([]);
    const oas = (url: string): JsonObject => ({ openapi: '3.0.3', servers: [{ url }], 'x-tyk-api-gateway': { server: { listenPath: { value: '/o/' } } } });
    expect(differingPaths(oas('http://dev:8080/o/'), oas('https://prod.example/o/'), 'oas')).toEqual([]);
  });

  it('names the paths that differ: a plugin added, a value changed', () => {
    const before = { api_id: 'a', custom_middleware: { pre: [{ name: 'A', path: 'a.so' }] } };
    const after = { api_id: 'a', custom_middleware: { pre: [{ name: 'A', path: 'a.so' }, { name: 'B', path: 'b.so' }] } };
    expect(differingPaths(before, after, 'classic')).toEqual([['custom_middleware', 'pre']]);
    expect(differingPaths(before, { api_id: 'a', custom_middleware: { pre: [{ name: 'Z', path: 'a.so' }] } }, 'classic')).toEqual([['custom_middleware', 'pre', 0, 'name']]);
  });

  it('says when two gateways agree', () => {
    expect(driftSummary(driftReport([classic('a')], [classic('a')]), ['dev', 'prod'])).toBe('dev and prod serve the same 1 API.');
  });
});
