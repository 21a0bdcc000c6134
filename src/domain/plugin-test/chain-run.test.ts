import { describe, expect, it } from 'vitest';
import { buildChain } from '../chain';
import { readPluginModel } from '../definition/read';
import type { JsonObject } from '../json';
import { chainRunPlan, sampleAfter } from './chain-run';
import { EMPTY_SETUP, readSample } from './sample';

const doc: JsonObject = {
  api_id: 'a',
  use_keyless: true,
  proxy: { listen_path: '/a/' },
  custom_middleware: {
    driver: 'otto',
    pre: [{ name: 'First' }, { name: 'Off', disabled: true }],
    post_key_auth: [{ name: 'NeedsKey' }],
    post: [{ name: 'Last' }],
    response: [{ name: 'OnResponse' }],
  },
};

describe('chainRunPlan', () => {
  it('lists the hook functions in the gateway order, with the ones it skips and why', () => {
    const plan = chainRunPlan(buildChain(doc, 'classic', readPluginModel(doc, 'classic')));
    expect(plan.map((e) => [e.hook, e.fn.name, e.runs])).toEqual([
      ['pre', 'First', true],
      ['pre', 'Off', false],
      ['postAuth', 'NeedsKey', false],
      ['post', 'Last', true],
      ['response', 'OnResponse', true],
    ]);
    expect(plan[2]?.reason).toMatch(/keyless/i);
  });
});

describe('sampleAfter', () => {
  it('hands the next hook the headers, parameters and body as the hook left them', () => {
    const { sample } = readSample({ ...EMPTY_SETUP, request: { ...EMPTY_SETUP.request, headers: 'Cookie: a\nX-Old: 1', query: 'a=1' } });
    const next = sampleAfter(sample, { headersSet: { 'x-old': '2' }, headersDeleted: ['cookie'], paramsAdded: { b: '2' }, paramsDeleted: ['a'], body: { before: '', after: 'new' }, logs: [], ms: 0 }, 'pre');
    expect(next.headers).toEqual({ 'x-old': ['2'] });
    expect(next.query).toEqual({ b: ['2'] });
    expect(next.body).toBe('new');
  });
});
