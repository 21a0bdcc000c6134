import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { createDefinition } from '../../create/create-definition';
import {
  compileSchema,
  readCrdSchema,
  schemaErrors,
  SHARED_TYK,
  sharedFileExists,
} from '../../create/testing/tyk-schemas';
import type { JsonObject } from '../../json';
import { shapeOf } from './crd-shape';
import { fitToShape } from './fit-to-shape';
import { toOperatorResources } from './to-operator-resources';

type Resource = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  spec: JsonObject;
  data?: Record<string, string>;
};

function docsOf(yaml: string): Resource[] {
  return parseAllDocuments(yaml).map((d) => {
    expect(d.errors).toEqual([]);
    return d.toJS() as Resource;
  });
}

const newId = () => '0123456789abcdef0123456789abcdef';
const classic: JsonObject = {
  name: 'Fraud Scoring',
  slug: 'fraud-scoring',
  api_id: 'fraud1',
  org_id: 'org1',
  use_keyless: false,
  custom_plugin_auth_enabled: true,
  proxy: { listen_path: '/fraud/', target_url: 'http://fraud.internal', strip_listen_path: true },
  version_data: {
    not_versioned: true,
    versions: {
      Default: {
        name: 'Default',
        extended_paths: {
          go_plugin: [{ path: '/score', method: 'POST', plugin_path: 'score.so', func_name: 'Score' }],
        },
      },
    },
  },
  custom_middleware: {
    driver: 'grpc',
    pre: [
      { name: 'Trace', path: '', require_session: false, disabled: false },
      { name: 'OldCheck', path: '', disabled: true },
    ],
    post: [{ name: 'Enrich' }],
    auth_check: { name: 'Authorize', path: '' },
  },
  config_data: { threshold: 0.8 },
  config_data_disabled: true,
  openid_options: { providers: [{ issuer: 'x' }] },
};

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

const oas = createDefinition(
  {
    format: 'oas',
    name: 'Shipping Quotes',
    listenPath: '/quotes/',
    upstreamUrl: 'https://quotes.internal',
    driver: 'goplugin',
  },
  { newId },
);

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

const apiCrd = 'operator/crd-apidefinitions.yaml';
const oasCrd = 'operator/crd-tykoasapidefinitions.yaml';
describe.skipIf(!sharedFileExists(apiCrd) || !sharedFileExists(oasCrd))(
  'the Operator CRDs accept the resources',
  () => {
    const apiSchema = readCrdSchema('crd-apidefinitions.yaml');
    const validateApi = compileSchema(apiSchema);
    const validateOas = compileSchema(readCrdSchema('crd-tykoasapidefinitions.yaml'));
    const specShape = shapeOf((apiSchema as { properties: { spec: unknown } }).properties.spec);

    const checkClassic = (doc: JsonObject) => {
      const [resource] = docsOf(toOperatorResources(doc, 'classic').yaml);
      expect(validateApi(resource), schemaErrors(validateApi).join('\n')).toBe(true);
      // Nothing left that the API server would prune on its own.
      expect(fitToShape(resource?.spec ?? {}, specShape).dropped).toEqual([]);
    };

    it('the Classic sample above and a new Classic API', () => {
      checkClassic(classic);
      checkClassic(
        createDefinition(
          { format: 'classic', name: 'N', listenPath: '/n/', upstreamUrl: 'http://n' },
          { newId },
        ),
      );
    });

    it('the validator can fail', () => {
      expect(
        validateApi({
          apiVersion: 'tyk.tyk.io/v1alpha1',
          kind: 'ApiDefinition',
          metadata: { name: 'x' },
          spec: { name: 'x' },
        }),
      ).toBe(false);
    });

    const dir = path.join(SHARED_TYK, 'examples', 'classic');
    const examples = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
    it.each(examples)('the gateway example %s', (file) => {
      checkClassic(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as JsonObject);
    });

    it('the TykOasApiDefinition', () => {
      const [, api] = docsOf(toOperatorResources(oas, 'oas', { contextRef: { name: 'ctx' } }).yaml);
      expect(validateOas(api), schemaErrors(validateOas).join('\n')).toBe(true);
      expect(validateOas({ ...api, spec: { tykOAS: { configmapRef: { name: 'x' } } } })).toBe(false);
    });
  },
);
