import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A built app in miniature: index.html, one hashed asset with its .gz copy, a service worker. */
export function writeFakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plugin-studio-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html>\n  <head>\n    <title>Plugin Studio</title>\n  </head>\n  <body><div id="root"></div><script type="module" src="/assets/index-AbC123.js"></script></body>\n</html>\n',
  );
  const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;
  writeFileSync(join(dir, 'assets', 'index-AbC123.js'), script);
  writeFileSync(join(dir, 'assets', 'index-AbC123.js.gz'), gzipSync(script));
  writeFileSync(join(dir, 'embedded-gateway-worker.js'), 'self.addEventListener("fetch", () => {});');
  return dir;
}
