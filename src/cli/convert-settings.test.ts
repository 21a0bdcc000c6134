import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { memoryIo } from './testing/memory-io';

// `convert` carries the API's own settings as the gateway's converter does (apidef/oas upstream.go, server.go).
describe('cli convert: upstream and server settings', () => {
  const classic = JSON.stringify({
    api_id: 'a1',
    name: 'A',
    use_keyless: true,
    slug: 'a',
    proxy: { listen_path: '/a/', target_url: 'http://u', strip_listen_path: true, target_list: ['http://u1', 'http://u2'], enable_load_balancing: true },
    version_data: { not_versioned: true, versions: { Default: { name: 'Default' } } },
    global_rate_limit: { rate: 5, per: 1 },
    domain: 'api.example.com',
  });

  it('writes them into the Tyk OAS definition and lists only what Tyk cannot convert', () => {
    const mem = memoryIo({ 'api.json': classic });
    expect(runCli(['convert', '--to', 'oas', 'api.json'], mem.io)).toBe(0);
    const x = JSON.parse(mem.stdout())['x-tyk-api-gateway'];
    expect(x.upstream).toMatchObject({
      rateLimit: { enabled: true, rate: 5, per: '1s' },
      loadBalancing: { enabled: true, targets: [{ url: 'http://u1', weight: 1 }, { url: 'http://u2', weight: 1 }] },
    });
    expect(x.server.customDomain).toEqual({ enabled: true, name: 'api.example.com' });
    expect(mem.stderr().trim().split('\n')).toEqual([expect.stringMatching(/^warning not-converted \$\.slug .*Tyk OAS has no slug/)]);
  });

  it('and back to Tyk Classic', () => {
    const toOas = memoryIo({ 'api.json': classic });
    runCli(['convert', '--to', 'oas', 'api.json'], toOas.io);
    const back = memoryIo({ 'oas.json': toOas.stdout() });
    expect(runCli(['convert', '--to', 'classic', 'oas.json'], back.io)).toBe(0);
    expect(JSON.parse(back.stdout())).toMatchObject({ global_rate_limit: { disabled: false, rate: 5, per: 1 }, domain: 'api.example.com', proxy: { target_list: ['http://u1', 'http://u2'] } });
    expect(back.stderr()).toBe('');
  });
});
