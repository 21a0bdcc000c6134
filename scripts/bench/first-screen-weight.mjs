// The weight of what the first screen loads: the scripts, module preloads and stylesheets that the built
// index.html names, gzipped. Chunks loaded later (Monaco, the embedded gateway) are not counted here.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export function firstScreenAssets(html) {
  const refs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]+rel="(?:modulepreload|stylesheet)"/g),
  ].map((match) => match[1]);
  return [...new Set(refs)].filter((ref) => /\.(m?js|css)$/.test(ref));
}

export async function run() {
  const html = readFileSync('dist/index.html', 'utf8');
  const assets = firstScreenAssets(html);
  const bytes = assets.reduce((sum, ref) => sum + gzipSync(readFileSync(`dist${ref}`)).length, 0);
  return [{ name: 'first screen JS + CSS (gzip)', value: bytes / 1024, budget: 140, unit: 'KB' }];
}
