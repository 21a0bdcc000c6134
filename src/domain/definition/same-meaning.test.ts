import { describe, expect, it } from 'vitest';
import { meaningOf, sameMeaning } from './same-meaning';

describe('sameMeaning: copies the gateway treats alike', () => {
  it('takes an absent field for its zero value, as Go encodes apidef.APIDefinition (apidef/api_definitions.go)', () => {
    const sent = { api_id: 'a', name: 'A', proxy: { listen_path: '/a/' } };
    const served = {
      api_id: 'a',
      name: 'A',
      use_keyless: false,
      config_data: {},
      tags: [],
      slug: '',
      listen_port: 0,
      custom_middleware: { pre: [], driver: '', auth_check: { name: '', path: '', disabled: false } },
      proxy: { listen_path: '/a/', target_url: '', strip_listen_path: false },
      analytics_plugin: null,
    };
    expect(sameMeaning(sent, served, 'classic')).toBe(true);
  });

  it('tells a real change apart: a value, a key that matters, an entry in a hook', () => {
    const base = { api_id: 'a', name: 'A', custom_middleware: { pre: [{ name: 'One', path: 'p' }] } };
    expect(sameMeaning(base, { ...base, name: 'B' }, 'classic')).toBe(false);
    expect(sameMeaning(base, { ...base, use_keyless: true }, 'classic')).toBe(false);
    expect(sameMeaning(base, { ...base, custom_middleware: { pre: [{ name: 'One', path: 'p' }, { name: 'Two', path: 'p' }] } }, 'classic')).toBe(false);
    // Order inside a hook is the order the functions run in.
    const two = { custom_middleware: { pre: [{ name: 'One' }, { name: 'Two' }] } };
    expect(sameMeaning(two, { custom_middleware: { pre: [{ name: 'Two' }, { name: 'One' }] } }, 'classic')).toBe(false);
  });

  it("ignores key order and the gateway's own servers entry of an OAS API (gateway/api.go handleOASServersForNewAPI)", () => {
    const ext = { info: { name: 'O', state: { active: true } }, server: { listenPath: { value: '/orders/' } }, upstream: { url: 'http://u' } };
    const sent = { openapi: '3.0.3', info: { title: 'O', version: '1' }, paths: {}, 'x-tyk-api-gateway': ext };
    const served = {
      'x-tyk-api-gateway': ext,
      servers: [{ url: 'http://gateway.example:8080/orders/' }],
      paths: {},
      info: { version: '1', title: 'O' },
      openapi: '3.0.3',
    };
    expect(sameMeaning(sent, served, 'oas')).toBe(true);
    // A server the author listed is theirs, and counts.
    const withPublic = { ...served, servers: [...served.servers, { url: 'https://public.example.com/' }] };
    expect(sameMeaning(sent, withPublic, 'oas')).toBe(false);
    expect(meaningOf(withPublic, 'oas').servers).toEqual([{ url: 'https://public.example.com/' }]);
  });

  it('is the same object at once, without walking it', () => {
    const doc = { name: 'x' };
    expect(sameMeaning(doc, doc, 'classic')).toBe(true);
  });
});
