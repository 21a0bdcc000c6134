import { describe, expect, it } from 'vitest';
import { containsJson, contentId, ensureApiId, idOf, isSameCreation, withId } from './create';

describe('create helpers', () => {
  it('derives a stable 32-hex id from content, whatever the key order', () => {
    const a = contentId({ name: 'A', proxy: { listen_path: '/a/' } });
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(contentId({ proxy: { listen_path: '/a/' }, name: 'A' })).toBe(a);
    expect(contentId({ name: 'B', proxy: { listen_path: '/a/' } })).not.toBe(a);
  });

  it('puts the id where the gateway reads it, keeping a given one', () => {
    const oas = { openapi: '3.0.3', 'x-tyk-api-gateway': { info: { name: 'x', state: { active: true } } } };
    const withOasId = ensureApiId('oas', oas);
    expect(idOf(withOasId, 'oas')).toMatch(/^[0-9a-f]{32}$/);
    expect(Object.keys((withOasId['x-tyk-api-gateway'] as { info: object }).info)).toEqual(['id', 'name', 'state']);
    expect(ensureApiId('classic', { api_id: 'mine', name: 'x' }).api_id).toBe('mine');
    expect(withId({ name: 'x', api_id: 'old' }, 'classic', 'new')).toEqual({ name: 'x', api_id: 'new' });
    // An OAS document without the extension is left as is (the gateway refuses it anyway).
    expect(withId({ openapi: '3.0.3' }, 'oas', 'x')).toEqual({ openapi: '3.0.3' });
  });

  it('recognises its own creation in a copy the gateway filled with defaults', () => {
    const sent = { api_id: 'a', name: 'A', custom_middleware: { pre: [{ name: 'f' }] } };
    const stored = { api_id: 'a', name: 'A', active: false, custom_middleware: { pre: [{ name: 'f', path: '' }], post: [] } };
    expect(containsJson(stored, sent)).toBe(true);
    expect(isSameCreation(stored, sent, 'classic')).toBe(true);
    expect(isSameCreation({ ...stored, name: 'B' }, sent, 'classic')).toBe(false);
    expect(isSameCreation({ ...stored, custom_middleware: { pre: [] } }, sent, 'classic')).toBe(false);
    const oasSent = { openapi: '3.0.3', 'x-tyk-api-gateway': { info: { id: 'o' } } };
    const oasStored = { ...oasSent, servers: [{ url: 'http://gw/o/' }] };
    expect(isSameCreation(oasStored, oasSent, 'oas')).toBe(true);
    expect(isSameCreation(oasStored, { ...oasSent, info: { title: 't' } }, 'oas')).toBe(false);
  });
});
