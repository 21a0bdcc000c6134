import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { classicDoc } from '../rules/test-docs';
import { convertPlugins, type ConvertResult } from './convert';

// Each mapping cites the gateway function it follows (TykTechnologies/tyk 31e219be, apidef/oas/root.go:<line of
// the func>), after the gateway's MigrateVersioning (apidef/migration.go:24), as MigrateAndFillOAS runs it.
const toOas = (doc: JsonObject) => convertPlugins(doc, 'classic', 'oas');
const toClassic = (doc: JsonObject) => convertPlugins(doc, 'oas', 'classic');
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as JsonObject)[k] : undefined), value);
const unmappedPaths = (result: ConvertResult) => result.unmapped.map((f) => f.path.join('.'));

describe('info (apidef/oas/root.go) after MigrateVersioning (apidef/migration.go:24)', () => {
  const info = (result: ConvertResult) => at(result.doc, 'x-tyk-api-gateway', 'info') as JsonObject;

  it('expiration and internal, both ways (Info.Fill :99, State.Fill :159, ExtractTo :118, :165)', () => {
    const oas = toOas(classicDoc({ expiration: '2030-01-02 15:04', internal: true }));
    expect(info(oas)).toMatchObject({ expiration: '2030-01-02 15:04', state: { active: true, internal: true } });
    expect(toClassic(oas.doc).doc).toMatchObject({ expiration: '2030-01-02 15:04', internal: true });
  });

  it('versioning by base API: definition ↔ info.versioning, versions sorted by name (Versioning.Fill :201, ExtractTo :222)', () => {
    const definition = { enabled: true, name: 'v1', default: 'v1', location: 'header', key: 'x-api-version', strip_versioning_data: true, url_versioning_pattern: '', fallback_to_default: true, versions: { v2: 'api-v2', v10: 'api-v10' } };
    const oas = toOas(classicDoc({ definition }));
    expect(info(oas).versioning).toEqual({
      enabled: true, name: 'v1', default: 'v1', location: 'header', key: 'x-api-version',
      versions: [{ name: 'v10', id: 'api-v10' }, { name: 'v2', id: 'api-v2' }], stripVersioningData: true, fallbackToDefault: true,
    });
    expect(unmappedPaths(oas)).not.toContain('definition');
    expect(toClassic(oas.doc).doc.definition).toEqual(definition);
  });

  it('a not-versioned API drops its definition, and the version expiry the gateway drops is reported (MigrateVersioning)', () => {
    const doc = classicDoc({ definition: { location: 'header', key: 'version' }, version_data: { not_versioned: true, versions: { Default: { name: 'Default', expires: '2030-01-02 15:04' } } } });
    const oas = toOas(doc);
    expect(info(oas).versioning).toBeUndefined();
    expect(unmappedPaths(oas)).toEqual(['version_data.versions.Default.expires']);
    const never = toOas(classicDoc({ version_data: { not_versioned: true, versions: { Default: { name: 'Default', expires: '-1' } } } }));
    expect(unmappedPaths(never)).toEqual([]);
  });

  it('an API versioned in version_data gets versioning on with its main version as base, its expiry, and the other versions reported (MigrateVersioning)', () => {
    const doc = classicDoc({
      definition: { location: 'url', key: '', strip_path: true },
      version_data: { not_versioned: false, default_version: 'v1', versions: { v1: { name: 'v1', expires: '2031-01-01 00:00' }, v2: { name: 'v2' } } },
    });
    const oas = toOas(doc);
    expect(info(oas)).toMatchObject({ expiration: '2031-01-01 00:00', versioning: { enabled: true, name: 'v1', default: 'self', location: 'url', versions: [], stripVersioningData: true } });
    expect(unmappedPaths(oas)).toContain('version_data.versions.v2');
    const noLocation = toOas(classicDoc({ version_data: { not_versioned: false, versions: { Default: { name: 'Default' } } } }));
    expect(info(noLocation).versioning).toBeUndefined();
    expect(unmappedPaths(noLocation)).toContain('version_data.not_versioned');
  });
});
