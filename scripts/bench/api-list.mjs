// The API list with 10,000 APIs: time from the gateway's answer to the first screen of rows painted,
// read from the list's own performance marks, in /usr/bin/chromium against `vite preview` of dist/.
import { launchChromium, median, startPreview } from '../bench-support/preview.mjs';
import { runAlone } from '../bench-support/run-alone.mjs';

const RUNS = 5;
const COUNT = 10_000;
const MEASURE = 'api-list:answer-to-first-screen';

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
  const { url, stop } = await startPreview();
  const browser = await launchChromium();
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

await runAlone(import.meta.url, run);
