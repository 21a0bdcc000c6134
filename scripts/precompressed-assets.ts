import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = new Set(['.js', '.css', '.svg', '.json', '.html']);
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};
/** Below this, gzip's header costs more than it saves. */
const MIN_BYTES = 1024;

/** Writes `<file>.gz` beside every compressible file of the built assets folder; returns how many. */
export function precompressAssets(assetsDir: string): number {
  if (!existsSync(assetsDir)) return 0;
  let written = 0;
  for (const name of readdirSync(assetsDir)) {
    const file = join(assetsDir, name);
    if (!COMPRESSIBLE.has(extname(name)) || statSync(file).size < MIN_BYTES) continue;
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }));
    written += 1;
  }
  return written;
}

type Next = (error?: unknown) => void;

/**
 * Serves `/assets/<file>` from `<file>.gz` when the browser accepts gzip, as a production static server
 * (nginx `gzip_static`) does: no compression per request, and hashed assets cached for good. Anything
 * else goes on to Vite's own handlers.
 */
export function precompressedMiddleware(outDir: string) {
  const root = resolve(outDir);
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const url = (req.url ?? '').split('?')[0] ?? '';
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !accepts || !url.startsWith('/assets/') || url.includes('..')) return next();
    const file = join(root, decodeURIComponent(url));
    const type = TYPES[extname(file)];
    if (!type || !file.startsWith(root) || !existsSync(`${file}.gz`)) return next();
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Encoding': 'gzip',
      'Content-Length': statSync(`${file}.gz`).size,
      Vary: 'Accept-Encoding',
      // File names carry a content hash: a changed file is a new name.
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(`${file}.gz`).pipe(res);
  };
}

/** Build: gzip the assets once. Preview: serve those files instead of compressing on each request. */
export function precompressedAssets(): Plugin {
  let outDir = 'dist';
  let building = false;
  return {
    name: 'plugin-studio:precompressed-assets',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    closeBundle() {
      if (building) precompressAssets(join(outDir, 'assets'));
    },
    configurePreviewServer(server) {
      // Added before Vite's compression middleware, so these answers are sent as they are.
      server.middlewares.use(precompressedMiddleware(resolve(server.config.root, server.config.build.outDir)));
    },
  };
}
