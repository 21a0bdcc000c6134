// Plugin tests in a production build (dist/, built by `npm run bench`), in Chromium, on the embedded gateway:
// - the JavaScript sandbox (QuickJS in a Worker): its first run, from opening the Test panel (when the Worker
//   and its engine start loading) to the result on screen; then later runs, from a click on Run to the result;
// - Pyodide: the same for a Python hook; its first run includes loading Python (10 MB of WebAssembly).
// The figures are the page's own measures (src/features/plugin-test/perf-marks.ts); later runs are medians of 5.
import { launchChromium, median, startPreview } from '../bench-support/preview.mjs';
import { runAlone } from '../bench-support/run-alone.mjs';

const LATER_RUNS = 5;

async function newFunction(page, url, api, hook, name) {
  await page.goto(`${url}/apis/${api}/code`);
  await page.getByRole('toolbar', { name: 'Plugin code' }).getByRole('button', { name: 'New function…' }).click();
  const form = page.getByRole('form', { name: 'New function' });
  await form.getByLabel('Hook').selectOption(hook);
  await form.getByLabel('Function name').fill(name);
  await form.getByRole('button', { name: 'Create function' }).click();
  await page.locator('.monaco-editor .view-lines').filter({ hasText: name }).first().waitFor({ timeout: 60_000 });
}

const lastMeasure = (page, name) =>
  page.evaluate((n) => {
    const entries = performance.getEntriesByName(n, 'measure');
    return entries[entries.length - 1]?.duration;
  }, name);

/** Open the Test panel, Run at once; then Run again LATER_RUNS times. Milliseconds. */
async function timeRuns(page, name) {
  await page.getByRole('button', { name: `Test ${name} on a sample request` }).click();
  const panel = page.getByRole('region', { name: `Test ${name}` });
  const run = panel.getByRole('button', { name: 'Run', exact: true });
  await run.click();
  await panel.getByTestId('test-result').waitFor({ timeout: 60_000 });
  await run.waitFor();
  const first = await lastMeasure(page, 'plugin-test:first-run');
  const later = [];
  for (let i = 0; i < LATER_RUNS; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName('plugin-test:run', 'measure').length);
    await run.click();
    await page.waitForFunction((n) => performance.getEntriesByName('plugin-test:run', 'measure').length > n, before);
    later.push(await lastMeasure(page, 'plugin-test:run'));
  }
  return { first, later: median(later) };
}

export async function run() {
  const preview = await startPreview();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await newFunction(page, preview.url, 'legacy-inventory', 'pre', 'BenchJsHook');
    const js = await timeRuns(page, 'BenchJsHook');
    await newFunction(page, preview.url, 'customer-profiles', 'post', 'bench_python_hook');
    const python = await timeRuns(page, 'bench_python_hook');
    return [
      { name: 'JavaScript sandbox: first run, from opening the Test panel', value: js.first, budget: 300, unit: 'ms' },
      { name: `JavaScript sandbox: later runs (median of ${LATER_RUNS})`, value: js.later, budget: 50, unit: 'ms' },
      { name: 'Pyodide: load and first run, from opening the Test panel', value: python.first / 1000, budget: 8, unit: 's' },
      { name: `Pyodide: later runs (median of ${LATER_RUNS})`, value: python.later, budget: 200, unit: 'ms' },
    ];
  } finally {
    await browser.close();
    preview.stop();
  }
}

await runAlone(import.meta.url, run);
