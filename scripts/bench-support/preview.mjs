// What the browser benches under scripts/bench/ share: `vite preview` of a build on a free port (embedded
// gateway mode) and a quiet Chromium. Kept outside scripts/bench/ because bench.mjs runs every module there.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, child, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/**
 * Starts `vite preview` of outDir (default: BENCH_DIST, else dist/) on a free port with no real gateway
 * configured (the embedded one answers) and waits until it answers. `stop()` ends the server and its children.
 */
export async function startPreview({ outDir = process.env.BENCH_DIST ?? 'dist', timeoutMs = 60_000 } = {}) {
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/ is missing: run \`npx vite build\` first`);
  const port = await freePort();
  const child = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    // Its own process group, so that stop() also ends the vite process npx starts.
    detached: true,
    env: { ...process.env, TYK_GATEWAY_URL: '', TYK_GATEWAY_SECRET: '' },
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  try {
    await waitForServer(url, child, timeoutMs);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

/** Chromium (CHROMIUM_PATH, else /usr/bin/chromium when present) without background traffic or GPU. */
export async function launchChromium() {
  const { chromium } = await import('@playwright/test');
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
