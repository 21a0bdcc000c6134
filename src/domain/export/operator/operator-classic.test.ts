import { describe, expect, it } from 'vitest';
import { createDefinition } from '../../create/create-definition';
import { toOperatorResources } from './to-operator-resources';
import { classic, docsOf, newId } from './testing-fixtures';

describe('toOperatorResources: Tyk Classic', () => {
  const { yaml, notes } = toOperatorResources(classic, 'classic', { namespace: 'payments' });
  const [resource, ...rest] = docsOf(yaml);

  it('makes one ApiDefinition named after the API', () => {
    expect(rest).toEqual([]);
    expect(resource).toMatchObject({
      apiVersion: 'tyk.tyk.io/v1alpha1',
      kind: 'ApiDefinition',
      metadata: { name: 'fraud-scoring', namespace: 'payments' },
    });
    expect(resource?.spec.name).toBe('Fraud Scoring');
    expect(notes.find((n) => n.code === 'operator-name')?.message).toContain(
      '"fraud-scoring", made from "Fraud Scoring"',
    );
  });

  it('keeps what the CRD knows, fills what it requires, and leaves out what would change behaviour', () => {
    expect(resource?.spec).toEqual({
      name: 'Fraud Scoring',
      api_id: 'fraud1',
      use_keyless: false,
      proxy: { listen_path: '/fraud/', target_url: 'http://fraud.internal', strip_listen_path: true },
      version_data: {
        not_versioned: true,
        versions: { Default: { name: 'Default', extended_paths: {} } },
        default_version: '',
      },
      custom_middleware: {
        driver: 'grpc',
        pre: [{ name: 'Trace', path: '', require_session: false }],
        post: [{ name: 'Enrich', path: '' }],
        auth_check: { name: 'Authorize', path: '' },
      },
      enable_coprocess_auth: true,
      protocol: '',
    });
  });

  it('reports each field left out, with its path', () => {
    const byPath = (p: string) => notes.filter((n) => n.path.join('.') === p).map((n) => n.code);
    expect(byPath('slug')).toEqual(['operator-field-dropped']);
    expect(byPath('openid_options')).toEqual(['operator-field-dropped']);
    expect(byPath('custom_plugin_auth_enabled')).toEqual(['operator-auth-switch']);
    expect(byPath('version_data.versions.Default.extended_paths.go_plugin')).toEqual([
      'operator-field-dropped',
    ]);
    expect(byPath('custom_middleware.pre.1')).toEqual(['operator-disabled-entry']);
    expect(byPath('config_data')).toEqual(['operator-disabled-setting']);
    expect(byPath('org_id')).toEqual(['operator-managed']);
    expect(byPath('api_id')).toEqual(['operator-api-id']);
    expect(byPath('protocol')).toEqual(['operator-filled']);
    expect(byPath('custom_middleware.post.0.path')).toEqual(['operator-filled']);
    for (const note of notes) expect(note.message.length).toBeGreaterThan(20);
  });

  it('does not change the definition it was given', () => {
    const before = JSON.stringify(classic);
    toOperatorResources(classic, 'classic');
    expect(JSON.stringify(classic)).toBe(before);
  });

  it('uses the name and context asked for', () => {
    const out = docsOf(
      toOperatorResources(classic, 'classic', {
        name: 'fraud',
        contextRef: { name: 'tyk-ctx', namespace: 'tyk' },
      }).yaml,
    );
    expect(out[0]?.metadata).toEqual({ name: 'fraud', namespace: 'default' });
    expect(out[0]?.spec.contextRef).toEqual({ name: 'tyk-ctx', namespace: 'tyk' });
  });

  it('exports a new API with no warnings but the unused slug', () => {
    const created = createDefinition(
      {
        format: 'classic',
        name: 'Orders',
        listenPath: '/orders/',
        upstreamUrl: 'http://o',
        driver: 'python',
      },
      { newId },
    );
    const warnings = toOperatorResources(created, 'classic').notes.filter((n) => n.severity !== 'info');
    expect(warnings.map((n) => n.path)).toEqual([['slug']]);
  });
});
