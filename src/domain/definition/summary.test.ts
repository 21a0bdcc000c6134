import { describe, expect, it } from 'vitest';
import { classicFixture, oasFixture } from '../pipeline/test-fixtures';
import { definitionId, summarizeApi } from './summary';

describe('summarizeApi', () => {
  it('summarises a Classic definition', () => {
    expect(summarizeApi(classicFixture(), 'classic')).toEqual({
      id: 'refunds',
      name: 'Refunds',
      format: 'classic',
      listenPath: '/refunds/',
      driver: 'goplugin',
      pluginCount: 3,
      keyless: false,
    });
  });

  it('summarises a Tyk OAS definition', () => {
    expect(summarizeApi(oasFixture(), 'oas')).toEqual({ id: 'pets', name: 'Pets', format: 'oas', listenPath: '/pets/', driver: 'goplugin', pluginCount: 1, keyless: false });
  });

  it('never throws on wrong types', () => {
    const s = summarizeApi({ api_id: 3, name: [], proxy: 'x' } as never, 'classic');
    expect(s).toMatchObject({ id: '', name: '', listenPath: '' });
    expect(summarizeApi({ 'x-tyk-api-gateway': 'x' } as never, 'oas').id).toBe('');
    expect(definitionId({ 'x-tyk-api-gateway': { info: { id: 'i' } } }, 'oas')).toBe('i');
  });
});
