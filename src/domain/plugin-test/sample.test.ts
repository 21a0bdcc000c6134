import { describe, expect, it } from 'vitest';
import { EMPTY_SETUP, readSample } from './sample';
import { overrideVerdict } from './outcome';

const setup = (request: Partial<typeof EMPTY_SETUP.request>, rest: Partial<typeof EMPTY_SETUP> = {}) => ({ ...EMPTY_SETUP, ...rest, request: { ...EMPTY_SETUP.request, ...request } });

describe('readSample', () => {
  it('reads headers and query lines into Tyk multi-value maps', () => {
    const { sample, problems } = readSample(setup({ method: 'post', path: '/a', headers: 'Accept: a\nX-Tag: 1\nX-Tag: 2', query: 'q=x y\nq=z' }));
    expect(problems).toEqual([]);
    expect(sample).toMatchObject({ method: 'POST', headers: { Accept: ['a'], 'X-Tag': ['1', '2'] }, query: { q: ['x y', 'z'] } });
  });

  it('refuses a JSON body that does not parse, a session that is not a JSON object, a line that is not a header', () => {
    const { problems } = readSample(setup({ headers: 'Content-Type: application/json; charset=utf-8\nnot a header', body: '{"a":' }, { session: '[1]', configData: 'x' }));
    expect(problems.map((p) => p.field)).toEqual(['headers', 'body', 'session', 'configData']);
    expect(problems[1]?.message).toContain('application/json');
  });

  it('takes any body when there is no Content-Type to hold it to', () => {
    expect(readSample(setup({ body: '{"a":' })).problems).toEqual([]);
  });
});

describe('overrideVerdict (gateway/mw_js_plugin.go ReturnOverrides)', () => {
  const base = { ResponseCode: 0, ResponseError: '', ResponseBody: '', OverrideError: false };
  it('says nothing without a code; an error from 400 up; a plain answer below 400 or with override_error', () => {
    expect(overrideVerdict(base)).toBeUndefined();
    expect(overrideVerdict({ ...base, ResponseCode: 403, ResponseError: 'denied' })).toBe('The gateway would answer 403 here, as an error (“denied”): the rest of the chain and the upstream are skipped.');
    expect(overrideVerdict({ ...base, ResponseCode: 200, ResponseBody: 'ok' })).toContain('answer 200 here itself with the body “ok”');
    expect(overrideVerdict({ ...base, ResponseCode: 418, OverrideError: true })).toContain('answer 418 here itself');
  });
});
