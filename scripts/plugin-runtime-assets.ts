import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** The files Pyodide loads at run time: the runtime, its WebAssembly, the standard library, the package lock. */
const FILES = ['pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
const TYPES: Record<string, string> = { '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.zip': 'application/zip', '.json': 'application/json' };

const NODE_STUB = '\0pyodide-node-builtin';

function pyodideDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
}

/**
 * pyodide.mjs and fengari import node:fs and the like on their Node paths only: in the browser Workers'
 * builds they are empty modules (for `worker.plugins`: the Workers are where both are bundled).
 */
export function nodeOnlyImports(): Plugin {
  return {
    name: 'plugin-studio:node-only-imports',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id.startsWith('node:') && importer?.includes('/node_modules/pyodide/')) return NODE_STUB;
      // fengari requires these on its Node path only (the io, os and debug libraries the sandbox does not open).
      if (['fs', 'os', 'path', 'tmp', 'child_process', 'readline-sync'].includes(id) && importer?.includes('/node_modules/fengari/')) return NODE_STUB;
      return undefined;
    },
    load(id) {
      return id === NODE_STUB ? 'export default {};' : undefined;
    },
  };
}

/**
 * Serves Pyodide's run-time files from the app's own origin at `<base>pyodide/`: copied into the build, and
 * answered by the dev server from node_modules. The Python Worker loads them only when a Python plugin is
 * tested; nothing on a page requests them before.
 */
export function pyodideAssets(): Plugin {
  let base = '/';
  return {
    name: 'plugin-studio:pyodide-assets',
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const name = path.startsWith(`${base}pyodide/`) ? path.slice(`${base}pyodide/`.length) : '';
        if (!FILES.includes(name)) return next();
        const file = join(pyodideDir(), name);
        if (!existsSync(file)) return next();
        res.setHeader('Content-Type', TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      for (const name of FILES) this.emitFile({ type: 'asset', fileName: `pyodide/${name}`, source: readFileSync(join(pyodideDir(), name)) });
    },
  };
}
