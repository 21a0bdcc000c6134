import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { customMiddlewareFromDefinition } from './custom-middleware';

const classic: JsonObject = {
  name: 'Classic',
  api_id: 'c1',
  use_keyless: false,
  custom_plugin_auth_enabled: true,
  custom_middleware: {
    driver: 'python',
    pre: [{ name: 'Pre1', path: 'middleware.py', require_session: false, raw_body_only: false }],
    post: [{ name: 'Post1', path: '', disabled: true }],
    post_key_auth: [],
    response: [{ name: 'Resp', path: '', raw_body_only: true }],
    auth_check: { name: 'Auth', path: 'middleware.py' },
    id_extractor: {
      extract_from: 'header',
      extract_with: 'value',
      extractor_config: { header_name: 'Authorization' },
    },
  },
};

const oas: JsonObject = {
  openapi: '3.0.3',
  info: { title: 'OAS', version: '1' },
  paths: {},
  'x-tyk-api-gateway': {
    info: { name: 'OAS', state: { active: true } },
    upstream: { url: 'http://upstream' },
    server: {
      listenPath: { value: '/oas/' },
      authentication: {
        enabled: true,
        custom: {
          enabled: true,
          config: {
            enabled: true,
            functionName: 'Auth',
            path: 'middleware.py',
            idExtractor: {
              enabled: true,
              source: 'header',
              with: 'value',
              config: { headerName: 'Authorization' },
            },
          },
        },
      },
    },
    middleware: {
      global: {
        pluginConfig: { driver: 'python' },
        prePlugins: [{ enabled: true, functionName: 'Pre1', path: 'middleware.py' }],
        postAuthenticationPlugins: [{ enabled: true, functionName: 'PA', path: '', requireSession: true }],
        postPlugins: [{ enabled: false, functionName: 'Post1', path: '' }],
        responsePlugins: [{ enabled: true, functionName: 'Resp', path: '', rawBodyOnly: true }],
      },
    },
  },
};

describe('customMiddlewareFromDefinition', () => {
  it('Classic: the hooks of custom_middleware in the bundle shape', () => {
    const cm = customMiddlewareFromDefinition(classic, 'classic');
    expect(cm).toEqual({
      driver: 'python',
      pre: [{ name: 'Pre1', path: 'middleware.py', require_session: false, raw_body_only: false }],
      post_key_auth: [],
      post: [{ name: 'Post1', path: '', require_session: false, raw_body_only: false, disabled: true }],
      response: [{ name: 'Resp', path: '', require_session: false, raw_body_only: true }],
      auth_check: { name: 'Auth', path: 'middleware.py', require_session: false, raw_body_only: false },
      id_extractor: {
        extract_from: 'header',
        extract_with: 'value',
        extractor_config: { header_name: 'Authorization' },
      },
    });
  });

  it('OAS: x-tyk-api-gateway plugin fields translated to the Classic shape', () => {
    const cm = customMiddlewareFromDefinition(oas, 'oas');
    expect(cm).toEqual({
      driver: 'python',
      pre: [{ name: 'Pre1', path: 'middleware.py', require_session: false, raw_body_only: false }],
      post_key_auth: [{ name: 'PA', path: '', require_session: true, raw_body_only: false }],
      post: [{ name: 'Post1', path: '', require_session: false, raw_body_only: false, disabled: true }],
      response: [{ name: 'Resp', path: '', require_session: false, raw_body_only: true }],
      auth_check: { name: 'Auth', path: 'middleware.py', require_session: false, raw_body_only: false },
      id_extractor: {
        disabled: false,
        extract_from: 'header',
        extract_with: 'value',
        extractor_config: { header_name: 'Authorization' },
      },
    });
  });

  it('never throws on malformed definitions', () => {
    for (const doc of [
      {},
      { custom_middleware: 'x' },
      { 'x-tyk-api-gateway': [] },
      null as unknown as JsonObject,
    ]) {
      expect(customMiddlewareFromDefinition(doc, 'classic')).toMatchObject({ driver: '', pre: [] });
      expect(customMiddlewareFromDefinition(doc, 'oas')).toMatchObject({ driver: '', pre: [] });
    }
  });
});
