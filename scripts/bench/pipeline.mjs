// The Pipeline tab on a large API (2,000 endpoints, 200 plugin functions), in Chromium on the built app:
// how long the tab takes from its first render to its first paint, and how long a drop takes to be painted.
// Both read the performance measures the pipeline emits (src/features/pipeline/perf-marks.ts).
import { readFileSync } from 'node:fs';
import { launchChromium, startPreview } from '../bench-support/preview.mjs';

const ENDPOINTS = 2000;
const FUNCTIONS = { prePlugins: 60, postAuthenticationPlugins: 50, postPlugins: 60, responsePlugins: 30 };
const RENDER_RUNS = 5;
const DROPS = 20;
const API_ID = 'bench-pipeline';
const EMBEDDED_SECRET = 'plugin-studio-demo';

/** A Tyk OAS API shaped like the seeded "orders" one, with many operations and plugin functions. */
export function syntheticApi() {
  const seed = JSON.parse(readFileSync('src/mocks/seed/orders-oas.json', 'utf8'));
  const paths = {};
  for (let i = 0; i < ENDPOINTS / 2; i += 1) {
    paths[`/resource-${i}/{id}`] = {
      get: { operationId: `getResource${i}`, responses: { 200: { description: 'ok' } } },
      post: { operationId: `postResource${i}`, responses: { 200: { description: 'ok' } } },
    };
  }
  const global = { pluginConfig: { driver: 'goplugin' } };
  for (const [hook, count] of Object.entries(FUNCTIONS)) {
    global[hook] = Array.from({ length: count }, (_, i) => ({
      enabled: i % 7 !== 3,
      functionName: `${hook.replace('Plugins', '')}Fn${i}`,
      path: `/opt/tyk/plugins/bench/${hook}.so`,
      requireSession: i % 5 === 0,
    }));
  }
  const tyk = seed['x-tyk-api-gateway'];
  return {
    ...seed,
    info: { ...seed.info, title: 'Bench pipeline' },
    paths,
    'x-tyk-api-gateway': {
      ...tyk,
      info: { ...tyk.info, id: API_ID, name: 'Bench pipeline' },
      server: { ...tyk.server, listenPath: { value: '/bench/', strip: true } },
      middleware: { global },
    },
  };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function lastMeasure(page, name, timeoutMs = 10_000) {
  await page.waitForFunction((n) => performance.getEntriesByName(n, 'measure').length > 0, name, { timeout: timeoutMs, polling: 50 });
  return page.evaluate((n) => {
    const entries = performance.getEntriesByName(n, 'measure');
    const value = entries[entries.length - 1].duration;
    performance.clearMeasures(n);
    return value;
  }, name);
}

async function openPipeline(page) {
  await page.locator(`a[href="/apis/${API_ID}"]`).first().click();
  // Waits on the measure itself: a role query here would compute accessible names over the whole page on the
  // main thread while the tab renders, and count against it.
  return lastMeasure(page, 'pipeline:render', 60_000);
}

/** Drags the first Pre function by its card below the second (a reorder) with the mouse, as a user does. */
async function dropOnce(page) {
  const handle = page.getByTestId('fn-pre-0');
  const target = page.getByTestId('fn-pre-1');
  const from = await handle.boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 3 });
  const to = await target.boundingBox();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 4, { steps: 6 });
  // A user lets go once the insertion line shows where the card will land; releasing before the page has
  // handled the last move would drop it where it was (and paint nothing to measure).
  await page.getByTestId('insertion-line').waitFor();
  await page.mouse.up();
  return lastMeasure(page, 'pipeline:drop');
}

export async function run() {
  // PIPELINE_BENCH_DIST: measure another build folder (the default is the one bench.mjs builds).
  const preview = await startPreview({ outDir: process.env.PIPELINE_BENCH_DIST });
  const browser = await launchChromium();
  try {
    const base = preview.url;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(base);
    await page.getByRole('table').waitFor({ timeout: 60_000 });
    const status = await page.evaluate(
      async ({ doc, secret }) => {
        const headers = { 'content-type': 'application/json', 'x-tyk-authorization': secret };
        const answer = await fetch('/tyk/apis/oas', { method: 'POST', headers, body: JSON.stringify(doc) });
        // As on Tyk, a write is served once the gateway reloads.
        await fetch('/tyk/reload', { headers });
        return answer.status;
      },
      { doc: syntheticApi(), secret: EMBEDDED_SECRET },
    );
    if (status !== 200) throw new Error(`pipeline bench: the embedded gateway refused the API (${status})`);
    await page.reload();
    await page.getByRole('table').waitFor({ timeout: 60_000 });

    const renders = [];
    for (let i = 0; i < RENDER_RUNS; i += 1) {
      renders.push(await openPipeline(page));
      await page.goBack();
      await page.getByRole('table').waitFor({ timeout: 60_000 });
    }
    await openPipeline(page);
    // As between drops below: a user's first drop comes after the tab has settled (its lint has run).
    await page.waitForTimeout(800);
    const drops = [];
    for (let i = 0; i < DROPS; i += 1) {
      drops.push(await dropOnce(page));
      // A user's drops are seconds apart: let the lint that follows each one finish before the next.
      await page.waitForTimeout(800);
    }
    const hooks = Object.values(FUNCTIONS).reduce((a, b) => a + b, 0);
    if (process.env.PIPELINE_BENCH_VERBOSE) console.log({ renders, drops });
    return [
      { name: `pipeline tab render, ${ENDPOINTS} endpoints / ${hooks} functions (median of ${RENDER_RUNS})`, value: percentile(renders, 50), budget: 100, unit: 'ms' },
      { name: `pipeline drop painted, p95 of ${DROPS} mouse drops`, value: percentile(drops, 95), budget: 30, unit: 'ms' },
    ];
  } finally {
    await browser.close();
    preview.stop();
  }
}
