import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { memoryIo } from './testing/memory-io';


const definition = (extra: object = {}) => ({
  api_id: 'a1',
  name: 'A',
  proxy: { listen_path: '/a/', target_url: 'http://u' },
  version_data: { not_versioned: true, versions: { Default: { name: 'Default' } } },
  ...extra,
});

describe('the command line refuses what it could not check', () => {
  it('lint of 200,000 broken endpoints reports each, and exits 1', () => {
    const goPlugins = Array.from({ length: 200_000 }, (_, i) => ({ path: `/p${i}`, method: 'GET', plugin_path: 'p.so', func_name: '' }));
    const doc = definition({
      custom_middleware: { driver: 'goplugin' },
      version_data: { not_versioned: true, versions: { Default: { name: 'Default', use_extended_paths: true, extended_paths: { go_plugin: goPlugins } } } },
    });
    const mem = memoryIo({ 'big.json': JSON.stringify(doc) });
    expect(runCli(['lint', 'big.json'], mem.io)).toBe(1);
    expect(mem.stdout()).not.toContain('rule-skipped');
    expect(mem.stdout()).toMatch(/^200000 errors, /m);
  });

  it('a mistyped switch is an error, not a check silently left out', () => {
    const mem = memoryIo({ 'a.json': JSON.stringify(definition()) });
    expect(runCli(['lint', '--enable-coprocss', 'a.json'], mem.io)).toBe(2);
    expect(mem.stderr()).toMatch(/lint: unknown option --enable-coprocss \(known: .*--enable-coprocess/);
    expect(runCli(['convert', '--too', 'oas', 'a.json'], memoryIo({}).io)).toBe(2);
    expect(runCli(['roundtrip', '--fast', 'a.json'], mem.io)).toBe(2);
  });

  it('a Latin-1 file is refused with its first bad byte, never converted with U+FFFD in it', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('{"api_id":"a1","name":"Caf'), 0xe9, ...new TextEncoder().encode('"}')]);
    const mem = memoryIo({ 'latin.json': latin1 });
    expect(runCli(['convert', '--to', 'oas', 'latin.json'], mem.io)).not.toBe(0);
    expect(mem.stdout()).not.toContain('\uFFFD');
    expect(mem.stderr()).toMatch(/not UTF-8 text: byte 0xE9 at offset 26/);
    const lint = memoryIo({ 'latin.json': latin1 });
    expect(runCli(['lint', 'latin.json'], lint.io)).toBe(1);
  });

  it('UTF-8 bytes, with or without a byte-order mark, read as before', () => {
    const text = JSON.stringify(definition({ name: 'Café' }));
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const mem = memoryIo({ 'a.json': new TextEncoder().encode(text), 'bom.json': bom });
    expect(runCli(['lint', 'a.json', 'bom.json'], mem.io)).toBe(0);
  });

  it('objects nested 10,000 deep are an error that says so, in every command', () => {
    const deep = `{"api_id":"a1","config_data":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    for (const command of [['roundtrip'], ['lint'], ['convert', '--to', 'oas'], ['pipeline']]) {
      const mem = memoryIo({ 'deep.json': deep });
      expect(runCli([...command, 'deep.json'], mem.io)).not.toBe(0);
      const said = mem.stdout() + mem.stderr();
      expect(said).toMatch(/nested more than 512 levels deep/);
      expect(said).not.toMatch(/call stack/);
    }
  });

  it('lint warns of a key written twice, and says which value counts', () => {
    const mem = memoryIo({ 'dup.json': JSON.stringify(definition()).replace('"name":"A"', '"name":"First","name":"Second"') });
    expect(runCli(['lint', 'dup.json'], mem.io)).toBe(0);
    expect(mem.stdout()).toMatch(/warning duplicate-key \$\.name "name" is written more than once in \$: the gateway keeps the last value/);
  });
});
