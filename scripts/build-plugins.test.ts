import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { monacoFiles } from './monaco-prefetch';
import { monacoWorkerImports } from './monaco-worker-imports';
import { precompressAssets, precompressedMiddleware } from './precompressed-assets';

function chunk(
  fileName: string,
  imports: string[],
  facadeModuleId: string | null = null,
  css: string[] = [],
  dynamicImports: string[] = [],
): Rollup.OutputChunk {
  return { type: 'chunk', fileName, imports, dynamicImports, facadeModuleId, code: '', viteMetadata: { importedCss: new Set(css), importedAssets: new Set() } } as unknown as Rollup.OutputChunk;
}

describe('monacoFiles', () => {
  it('lists monaco-setup, what it imports (transitively) and their CSS, what it loads on demand, and nothing else', () => {
    const bundle = {
      a: chunk('assets/index.js', ['assets/react.js'], null, [], ['assets/workspace.js']),
      b: chunk('assets/react.js', []),
      c: chunk('assets/monaco-setup-1.js', ['assets/editor.api-2.js', 'assets/runtime.js'], '/repo/src/monaco/monaco-setup.ts', ['assets/setup.css'], ['assets/jsonMode-3.js']),
      d: chunk('assets/editor.api-2.js', ['assets/runtime.js'], null, ['assets/editor.css']),
      e: chunk('assets/runtime.js', []),
      f: chunk('assets/jsonMode-3.js', ['assets/json-worker-helper.js']),
      g: chunk('assets/json-worker-helper.js', []),
      h: chunk('assets/workspace.js', []),
    } as unknown as Rollup.OutputBundle;
    expect(monacoFiles(bundle).sort()).toEqual(
      [
        'assets/editor.api-2.js',
        'assets/editor.css',
        'assets/json-worker-helper.js',
        'assets/jsonMode-3.js',
        'assets/monaco-setup-1.js',
        'assets/runtime.js',
        'assets/setup.css',
      ].sort(),
    );
  });

  it('is empty when Monaco is not in the bundle', () => {
    expect(monacoFiles({ a: chunk('assets/index.js', []) } as unknown as Rollup.OutputBundle)).toEqual([]);
  });
});

describe('monacoWorkerImports', () => {
  it("drops the worker helper's side-effect imports and keeps its code", () => {
    const plugin = monacoWorkerImports();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    const code = "import '../../editor/contrib/a.js';\nimport '../../editor/contrib/b.js';\nimport { editor } from '../../editor/editor.api.js';\nexport function createWebWorker() {}\n";
    const out = transform(code, '/x/node_modules/monaco-editor/esm/vs/internal/common/workers.js');
    expect(out?.code).not.toContain('contrib/');
    expect(out?.code).toContain("import { editor } from '../../editor/editor.api.js';");
    expect(out?.code).toContain('export function createWebWorker');
    expect(transform(code, '/x/src/other.js')).toBeNull();
  });
});

describe('precompressed assets', () => {
  it('serves the .gz beside an asset to browsers that accept gzip, and leaves the rest to the next handler', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompressed-'));
    mkdirSync(join(dir, 'assets'));
    const text = `export const big = ${JSON.stringify('x'.repeat(5000))};\n`;
    writeFileSync(join(dir, 'assets', 'app-1.js'), text);
    writeFileSync(join(dir, 'assets', 'tiny.js'), 'export {}');
    expect(precompressAssets(join(dir, 'assets'))).toBe(1);
    expect(gunzipSync(readFileSync(join(dir, 'assets', 'app-1.js.gz'))).toString()).toBe(text);

    const middleware = precompressedMiddleware(dir);
    const server = createServer((req, res) =>
      middleware(req, res, () => {
        res.writeHead(404, { 'x-next': '1' });
        res.end();
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const zipped = await fetch(`${base}/assets/app-1.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(zipped.status).toBe(200);
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      expect(zipped.headers.get('content-type')).toBe('text/javascript');
      expect(zipped.headers.get('cache-control')).toContain('immutable');
      expect(await zipped.text()).toBe(text); // fetch undoes the gzip
      const plain = await fetch(`${base}/assets/app-1.js`, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers.get('x-next')).toBe('1');
      const tiny = await fetch(`${base}/assets/tiny.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(tiny.headers.get('x-next')).toBe('1');
      const escape = await fetch(`${base}/assets/..%2F..%2Fetc%2Fpasswd`, { headers: { 'accept-encoding': 'gzip' } });
      expect(escape.headers.get('x-next')).toBe('1');
    } finally {
      server.close();
    }
  });
});
