import { describe, expect, it } from 'vitest';
import { decodeRequestReturn, decodeResponseReturn } from './go-decode';
import { encodeGoQuery } from './go-query';

describe('encodeGoQuery (net/url Values.Encode)', () => {
  it('sorts keys, keeps value order, escapes as QueryEscape', () => {
    expect(encodeGoQuery({ q: ['a b', 'c&d'], a: ['é/~'] })).toBe('a=%C3%A9%2F~&q=a+b&q=c%26d');
  });
});

describe('decoding a hook return as json.Unmarshal into VMReturnObject does (gateway/mw_js_plugin.go)', () => {
  it('matches field names without regard to case and decodes the base64 body', () => {
    const decoded = decodeRequestReturn(JSON.stringify({ request: { setHeaders: { A: '1' }, Body: btoa('hi') }, sessionmeta: { k: 'v' } }));
    expect(decoded).toMatchObject({ ok: true, value: { request: { SetHeaders: { A: '1' }, Body: 'hi' }, sessionMeta: { k: 'v' } } });
  });

  it('fills what is missing with Go zero values', () => {
    const decoded = decodeRequestReturn('{}');
    expect(decoded).toMatchObject({ ok: true, value: { request: { SetHeaders: null, DeleteHeaders: null, Body: '', ReturnOverrides: { ResponseCode: 0 } } } });
  });

  it("reports Go's errors: not JSON, a wrong type, a body that is not base64", () => {
    expect(decodeRequestReturn('undefined')).toEqual({ ok: false, message: "invalid character 'u' looking for beginning of value" });
    expect(decodeRequestReturn('{"Request":{"ReturnOverrides":{"ResponseCode":"403"}}}')).toMatchObject({
      ok: false,
      message: 'json: cannot unmarshal string into Go struct field VMReturnObject.Request.ReturnOverrides.ResponseCode of type int',
    });
    expect(decodeRequestReturn('{"Request":{"Body":"not base64!"}}')).toMatchObject({ ok: false, message: expect.stringMatching(/^illegal base64 data/) as unknown });
    expect(decodeResponseReturn('[]')).toEqual({ ok: false, message: 'json: cannot unmarshal array into Go value of type gateway.VMResponseReturnObject' });
  });
});
