// The API list with 10,000 APIs: time from the gateway's answer to the first screen of rows painted,
// read from the list's own performance marks, in /usr/bin/chromium against `vite preview` of dist/.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const RUNS = 5;
const COUNT = 10_000;
const MEASURE = 'api-list:answer-to-first-screen';

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

async function waitForServer(url, child, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** Starts `vite preview` of dist/ (or BENCH_DIST) on a free port, embedded gateway mode. */
export async function startPreview() {
  const outDir = process.env.BENCH_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/ is missing: run \`npx vite build\` first`);
  const port = await freePort();
  const child = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
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
    await waitForServer(url, child);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One run: a page without the list, seed the gateway, go to the list, read the measure. */
async function measureOnce(page, url) {
  await page.goto(`${url}/bench-start-page`);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  const seeded = await page.evaluate((count) => globalThis.__embeddedGateway?.seedBulk(count), COUNT);
  if (seeded !== COUNT) throw new Error('the embedded gateway has no seedBulk hook');
  await page.getByRole('link', { name: /Plugin Studio/ }).first().click();
  await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure').length > 0, MEASURE, { timeout: 60_000 });
  const rows = await page.locator('table tbody tr[aria-rowindex]').count();
  const duration = await page.evaluate((name) => performance.getEntriesByName(name, 'measure')[0].duration, MEASURE);
  return { duration, rows };
}

export async function run() {
  const { chromium } = await import('@playwright/test');
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const { url, stop } = await startPreview();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const durations = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const result = await measureOnce(page, url);
      durations.push(result.duration);
      rows = result.rows;
    }
    if (rows === 0 || rows > 100) throw new Error(`the list rendered ${rows} rows for ${COUNT} APIs: not virtual`);
    return [{ name: `API list: first screen after the answer (${COUNT} APIs, median of ${RUNS})`, value: median(durations), budget: 300, unit: 'ms' }];
  } finally {
    await browser.close();
    stop();
  }
}

// `node scripts/bench/api-list.mjs` runs this part alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  run().then(
    (rows) => console.log(rows),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
