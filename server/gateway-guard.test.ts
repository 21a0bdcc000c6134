import { describe, expect, it } from 'vitest';
import { allowedHostsFrom, refusalOf } from './gateway-guard.mjs';

const hosts = allowedHostsFrom('studio.example.com');
const fromTheApp = {
  host: 'localhost:4000',
  origin: 'http://localhost:4000',
  'sec-fetch-site': 'same-origin',
  'x-plugin-studio-request': '1',
  'content-type': 'application/json',
};

describe('who may use the gateway proxy', () => {
  it("lets the app's own calls through, with or without a body", () => {
    expect(refusalOf({ method: 'GET', headers: { host: 'localhost:4000', 'sec-fetch-site': 'same-origin', 'x-plugin-studio-request': '1' } }, hosts)).toBeUndefined();
    expect(refusalOf({ method: 'PUT', headers: fromTheApp }, hosts)).toBeUndefined();
    expect(refusalOf({ method: 'DELETE', headers: { ...fromTheApp, host: 'studio.example.com', origin: 'https://studio.example.com' } }, hosts)).toBeUndefined();
  });

  it('refuses another site, whatever else it sends', () => {
    expect(refusalOf({ method: 'DELETE', headers: { ...fromTheApp, origin: 'http://evil.example' } }, hosts)).toMatch(/comes from http:\/\/evil\.example/);
    expect(refusalOf({ method: 'DELETE', headers: { ...fromTheApp, 'sec-fetch-site': 'cross-site' } }, hosts)).toMatch(/Sec-Fetch-Site: cross-site/);
    expect(refusalOf({ method: 'POST', headers: { ...fromTheApp, origin: 'null' } }, hosts)).toMatch(/comes from null/);
  });

  it('refuses a host name it does not know (DNS rebinding)', () => {
    expect(refusalOf({ method: 'GET', headers: { ...fromTheApp, host: 'evil.example:4000', origin: 'http://evil.example:4000' } }, hosts)).toMatch(
      /host "evil\.example:4000".*PLUGIN_STUDIO_ALLOWED_HOSTS/,
    );
  });

  it('refuses what a cross-site form can send: no app header, a text/plain or form body', () => {
    const { 'x-plugin-studio-request': _header, ...noHeader } = fromTheApp;
    expect(refusalOf({ method: 'GET', headers: noHeader }, hosts)).toMatch(/x-plugin-studio-request header is missing/);
    expect(refusalOf({ method: 'POST', headers: { ...fromTheApp, 'content-type': 'text/plain' } }, hosts)).toMatch(/text\/plain, not application\/json/);
    expect(refusalOf({ method: 'PUT', headers: { ...fromTheApp, 'content-type': 'application/x-www-form-urlencoded' } }, hosts)).toMatch(/not application\/json/);
    expect(refusalOf({ method: 'POST', headers: { ...fromTheApp, 'content-type': undefined } }, hosts)).toMatch(/untyped/);
  });

  it('refuses methods the app never uses (a CORS preflight among them)', () => {
    expect(refusalOf({ method: 'OPTIONS', headers: fromTheApp }, hosts)).toMatch(/OPTIONS is not forwarded/);
  });
});
