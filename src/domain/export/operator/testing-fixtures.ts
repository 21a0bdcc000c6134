import { parseAllDocuments } from 'yaml';
import { expect } from 'vitest';
import { createDefinition } from '../../create/create-definition';
import type { JsonObject } from '../../json';

/** Test-only: fixtures and a YAML reader shared by the Operator export tests. */
export type Resource = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  spec: JsonObject;
  data?: Record<string, string>;
};

export function docsOf(yaml: string): Resource[] {
  return parseAllDocuments(yaml).map((d) => {
    expect(d.errors).toEqual([]);
    return d.toJS() as Resource;
  });
}

export const newId = () => '0123456789abcdef0123456789abcdef';
export const classic: JsonObject = {
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

export const oas = createDefinition(
  {
    format: 'oas',
    name: 'Shipping Quotes',
    listenPath: '/quotes/',
    upstreamUrl: 'https://quotes.internal',
    driver: 'goplugin',
  },
  { newId },
);
