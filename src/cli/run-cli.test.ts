import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { memoryIo } from './testing/memory-io';
import { describeWithShared } from '../domain/create/testing/tyk-schemas';


const classic = (extra: object = {}) =>
  JSON.stringify(
    {
      api_id: 'a1',
      name: 'A',
      use_keyless: false,
      proxy: { listen_path: '/a/', target_url: 'http://u', strip_listen_path: true },
      version_data: { not_versioned: true, versions: { Default: { name: 'Default' } } },
      ...extra,
    },
    null,
    2,
  );

/** The manifest of b.zip, the bundle the python definitions below load: a python pre hook P. */
const PY_MANIFEST = JSON.stringify({ file_list: [], custom_middleware: { driver: 'python', pre: [{ name: 'P', path: '' }] } });

describe('runCli', () => {
  it('prints usage for --help and refuses unknown commands', () => {
    const help = memoryIo();
    expect(runCli(['--help'], help.io)).toBe(0);
    expect(help.stdout()).toMatch(/roundtrip FILE/);
    const unknown = memoryIo();
    expect(runCli(['frobnicate'], unknown.io)).toBe(2);
    expect(unknown.stderr()).toMatch(/Unknown command "frobnicate"/);
  });

  it('roundtrip: one line per file and a closing count; exit 1 on failure', () => {
    const mem = memoryIo({
      'a.json': classic(),
      'bad.json': '{"api_id": ',
      'big.json': '{"api_id":"x","n":12345678901234567890}',
    });
    expect(runCli(['roundtrip', 'a.json', 'bad.json', 'big.json', 'missing.json'], mem.io)).toBe(1);
    const lines = mem.stdout().trim().split('\n');
    expect(lines[0]).toBe('ok  a.json');
    expect(lines[1]).toMatch(/^FAIL bad\.json: not JSON/);
    expect(lines[2]).toMatch(/^FAIL big\.json: integer 12345678901234567890/);
    expect(lines[3]).toMatch(/^FAIL missing\.json: cannot read/);
    expect(lines.at(-1)).toBe('1 passed, 3 failed');
  });

  it('lint: findings as "severity code path message", exit 1 on errors', () => {
    const lua = classic({ custom_middleware: { driver: 'lua', pre: [{ name: 'P', path: '' }] } });
    const mem = memoryIo({ 'lua.json': lua, 'clean.json': classic() });
    expect(runCli(['lint', 'lua.json'], mem.io)).toBe(1);
    expect(mem.stdout()).toMatch(/^error driver-lacks-hook \$\.custom_middleware\.pre\[0\] /m);
    const clean = memoryIo({ 'clean.json': classic() });
    expect(runCli(['lint', 'clean.json'], clean.io)).toBe(0);
    expect(clean.stdout()).toMatch(/0 errors/);
  });

  it('lint --profile: applies the gateway profile and refuses a bad one', () => {
    const python = classic({
      custom_middleware_bundle: 'b.zip',
      custom_middleware: { driver: 'python', pre: [{ name: 'P', path: '' }] },
    });
    const files = { 'py.json': python, 'off.json': '{"enableCoprocess": false}', 'bad.json': '{"build": 3}', 'manifest.json': PY_MANIFEST };
    const off = memoryIo(files);
    runCli(['lint', '--profile', 'off.json', '--bundle', 'manifest.json', 'py.json'], off.io);
    expect(off.stdout()).toMatch(/warning coprocess-disabled/);
    const bad = memoryIo(files);
    expect(runCli(['lint', '--profile=bad.json', 'py.json'], bad.io)).toBe(2);
    expect(bad.stderr()).toMatch(/\$\.build/);
  });

  it('lint: profile from a tyk.conf and from flags', () => {
    const python = classic({
      custom_middleware_bundle: 'b.zip',
      custom_middleware: { driver: 'python', pre: [{ name: 'P', path: '' }] },
    });
    const conf = JSON.stringify({
      coprocess_options: { enable_coprocess: true },
      enable_bundle_downloader: true,
      bundle_base_url: 'http://b/',
    });
    const files = { 'py.json': python, 'tyk.conf': conf, 'manifest.json': PY_MANIFEST };
    const fromConf = memoryIo(files);
    expect(runCli(['lint', '--tyk-conf', 'tyk.conf', '--bundle=manifest.json', 'py.json'], fromConf.io)).toBe(0);
    expect(fromConf.stdout()).not.toMatch(/coprocess-disabled|bundle-downloader-off/);
    const fromFlags = memoryIo(files);
    expect(runCli(['lint', '--enable-coprocess', '--bundle', 'manifest.json', 'py.json'], fromFlags.io)).toBe(1);
    expect(fromFlags.stdout()).toMatch(/error bundle-downloader-off/);
    expect(fromFlags.stdout()).not.toMatch(/coprocess-disabled/);
    const overridden = memoryIo(files);
    runCli(['lint', '--tyk-conf=tyk.conf', '--enable-coprocess=false', '--bundle', 'manifest.json', 'py.json'], overridden.io);
    expect(overridden.stdout()).toMatch(/warning coprocess-disabled/);
    const bad = memoryIo(files);
    expect(runCli(['lint', '--build', 'enterprise', 'py.json'], bad.io)).toBe(2);
  });

  it('pipeline: the chain one stage per line, with the plugins of one endpoint', () => {
    const versions = {
      Default: {
        name: 'Default',
        extended_paths: {
          go_plugin: [
            {
              path: '/refunds/{id}',
              method: 'POST',
              plugin_path: 'r.so',
              func_name: 'Refund',
              disabled: false,
            },
            { path: '/orders', method: 'GET', plugin_path: 'o.so', func_name: 'Orders', disabled: false },
          ],
        },
      },
    };
    const mem = memoryIo({ 'api.json': classic({ version_data: { not_versioned: true, versions } }) });
    expect(runCli(['pipeline', 'api.json', '--endpoint', 'POST /refunds/7'], mem.io)).toBe(0);
    const text = mem.stdout();
    expect(text).toMatch(/^\+ endpoint +Per-endpoint Go plugins: /m);
    expect(text).toMatch(/\+ Refund \(r\.so\) on POST \/refunds\/\{id\}/);
    expect(text).not.toMatch(/Orders/);
    expect(text).toMatch(/^- pre-auth +CORS: CORS not enabled$/m);
    const badEndpoint = memoryIo({ 'api.json': classic() });
    expect(runCli(['pipeline', 'api.json', '--endpoint', 'refunds'], badEndpoint.io)).toBe(2);
  });

  it('pipeline --endpoint: a Classic path written without its leading "/" is taken as the pipeline prints it', () => {
    const versions = { Default: { name: 'Default', extended_paths: { go_plugin: [{ path: 'refunds/{id}', method: 'POST', plugin_path: 'r.so', func_name: 'Refund' }] } } };
    const mem = memoryIo({ 'api.json': classic({ version_data: { not_versioned: true, versions } }) });
    expect(runCli(['pipeline', 'api.json', '--endpoint', 'POST refunds/{id}'], mem.io)).toBe(0);
    expect(mem.stdout()).toMatch(/\+ Refund \(r\.so\) on POST refunds\/\{id\}/);
  });

  it('pipeline and lint --bundle DIR: the manifest’s hooks are the ones that run, inline ones replaced', () => {
    const api = classic({
      custom_middleware_bundle: 'b.zip',
      custom_plugin_auth_enabled: true,
      custom_middleware: { driver: 'python', auth_check: { name: 'Stale', path: '' } },
    });
    const files = { 'api.json': api, 'b/manifest.json': JSON.stringify({ file_list: [], custom_middleware: { driver: 'grpc', auth_check: { name: 'Check' } } }) };
    const without = memoryIo(files);
    runCli(['pipeline', 'api.json'], without.io);
    expect(without.stdout()).toMatch(/driver and hooks from b\.zip \(not given: --bundle\)/);
    expect(without.stdout()).toMatch(/^\? auth +Custom auth plugin: the auth function comes from b\.zip: open it to see its hooks$/m);
    const withDir = memoryIo(files);
    expect(runCli(['pipeline', 'api.json', '--bundle', 'b'], withDir.io)).toBe(0);
    expect(withDir.stdout()).toMatch(/driver grpc from b\.zip/);
    expect(withDir.stdout()).toMatch(/^ +\+ Check \[b\.zip\]: runs$/m);
    expect(withDir.stdout()).toMatch(/^ +- Stale: replaced by the hooks of b\.zip: it never runs$/m);
    const lint = memoryIo(files);
    runCli(['lint', '--bundle', 'b', 'api.json'], lint.io);
    expect(lint.stdout()).toMatch(/warning hooks-replaced-by-bundle \$\.custom_middleware\.auth_check /);
    const missing = memoryIo(files);
    expect(runCli(['lint', '--bundle', 'nothing.json', 'api.json'], missing.io)).toBe(2);
    expect(missing.stderr()).toMatch(/--bundle nothing\.json: cannot read/);
  });

  it('the Dashboard export format {"api_definition": {...}}: lint, pipeline and convert read the definition inside', () => {
    const inner = JSON.parse(classic({ custom_middleware: { driver: 'lua', pre: [{ name: 'P', path: '' }] } })) as object;
    const wrapped = JSON.stringify({ api_model: {}, api_definition: inner, hook_references: [], user_owners: [] }, null, 2);
    const lint = memoryIo({ 'dash.json': wrapped });
    expect(runCli(['lint', 'dash.json'], lint.io)).toBe(1);
    expect(lint.stdout()).toMatch(/^error driver-lacks-hook \$\.api_definition\.custom_middleware\.pre\[0\] /m);
    expect(lint.stdout()).not.toMatch(/not-a-definition/);
    const pipeline = memoryIo({ 'dash.json': wrapped });
    expect(runCli(['pipeline', 'dash.json'], pipeline.io)).toBe(0);
    expect(pipeline.stdout()).toMatch(/^dash\.json \(Tyk Classic in the Dashboard's api_definition, driver lua\)/);
    const toOas = memoryIo({ 'dash.json': wrapped });
    expect(runCli(['convert', '--to', 'oas', 'dash.json'], toOas.io)).toBe(0);
    expect((JSON.parse(toOas.stdout()) as { openapi?: string }).openapi).toBe('3.0.3');
    expect(toOas.stderr()).toMatch(/wrapper is left out/);
    const same = memoryIo({ 'dash.json': wrapped });
    expect(runCli(['convert', '--to', 'classic', 'dash.json'], same.io)).toBe(0);
    expect(same.stdout()).toBe(`${wrapped}\n`);
  });

  it('convert: JSON on stdout, unmapped on stderr', () => {
    const mem = memoryIo({
      'api.json': classic({
        CORS: { enable: true },
        zz_unknown: { kept: true },
        custom_middleware: { driver: 'otto', pre: [{ name: 'P', path: 'p.js' }] },
      }),
    });
    expect(runCli(['convert', '--to', 'oas', 'api.json'], mem.io)).toBe(0);
    const doc = JSON.parse(mem.stdout()) as Record<string, unknown>;
    expect(doc.openapi).toBe('3.0.3');
    expect(JSON.stringify(doc)).toContain('"prePlugins":[{"enabled":true,"functionName":"P","path":"p.js"}]');
    expect(JSON.stringify(doc)).toContain('"cors":{"enabled":true}');
    expect(mem.stderr()).toMatch(/^warning not-converted \$\.zz_unknown /m);
    const wrong = memoryIo({ 'api.json': classic() });
    expect(runCli(['convert', '--to', 'xml', 'api.json'], wrong.io)).toBe(2);
  });
});

const EXAMPLES = path.resolve(process.cwd(), '../shared/tyk/examples');
const examplesPresent = fs.existsSync(EXAMPLES);
if (!examplesPresent)
  console.warn(`[skip] ${EXAMPLES} is absent: the roundtrip over real definitions is skipped.`);

describeWithShared(['examples/bundles/otto-signed-bundle.zip'], 'lint and pipeline --bundle with Tyk’s signed bundle zip (tests/coprocess/testdata)', () => {
  const zip = path.join(EXAMPLES, 'bundles/otto-signed-bundle.zip');
  it('reads the zip, checks its checksum, and runs its otto pre hook', () => {
    const mem = memoryIo({ 'api.json': classic({ custom_middleware_bundle: 'bundle.zip' }) });
    expect(runCli(['pipeline', 'api.json', '--bundle', zip], mem.io)).toBe(0);
    expect(mem.stdout()).toMatch(/driver otto from bundle\.zip/);
    expect(mem.stdout()).toMatch(/^ +\+ \S+ \(samplePreProcessMiddleware\.js\) \[bundle\.zip\]: runs$/m);
    const lint = memoryIo({ 'api.json': classic({ custom_middleware_bundle: 'bundle.zip' }) });
    runCli(['lint', '--bundle', zip, 'api.json'], lint.io);
    expect(lint.stdout()).not.toMatch(/bundle-checksum-mismatch|bundle-hooks-unread/);
  });
});

describe.skipIf(!examplesPresent)('roundtrip over ../shared/tyk/examples/*/*.json', () => {
  it('writes every real definition back unchanged', () => {
    const files = fs
      .readdirSync(EXAMPLES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((dir) =>
        fs
          .readdirSync(path.join(EXAMPLES, dir.name))
          .filter((name) => name.endsWith('.json'))
          .map((name) => path.join(EXAMPLES, dir.name, name)),
      );
    expect(files.length).toBeGreaterThan(0);
    const mem = memoryIo();
    const code = runCli(['roundtrip', ...files], mem.io);
    expect(
      mem
        .stdout()
        .split('\n')
        .filter((line) => line.startsWith('FAIL')),
    ).toEqual([]);
    expect(mem.stdout()).toContain(`${files.length} passed, 0 failed`);
    expect(code).toBe(0);
  });
});
