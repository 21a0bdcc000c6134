// The page's longest task (PerformanceObserver "longtask") around a user's step, for the huge-definition benches.

export const BUDGET_MS = 200;
/** Done when nothing long has run for this long after the pipeline is drawn. */
export const QUIET_MS = 4000;

export async function watchLongTasks(page) {
  await page.addInitScript(() => {
    globalThis.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) globalThis.__longTasks.push({ at: entry.startTime, ms: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Waits until the page has had no long task for QUIET_MS, then answers the longest task seen. */
export async function longestOnceQuiet(page) {
  for (;;) {
    const last = await page.evaluate(() => Math.max(0, ...globalThis.__longTasks.map((task) => task.at + task.ms)));
    const now = await page.evaluate(() => performance.now());
    if (now - last > QUIET_MS) break;
    await page.waitForTimeout(500);
  }
  return page.evaluate(() => Math.max(0, ...globalThis.__longTasks.map((task) => task.ms)));
}

/** Waits until the pipeline is drawn and the page has been quiet for a while; the longest task and the time. */
export async function settle(page, since, apiName) {
  await page.getByRole('heading', { level: 1, name: apiName }).waitFor({ timeout: 300_000 });
  await page.getByRole('heading', { name: 'Request chain' }).waitFor({ timeout: 300_000 });
  const drawn = Date.now() - since;
  const longest = await longestOnceQuiet(page);
  return { longest, drawn };
}

/** The longest task from `act` until `ready` is on screen and the page has been quiet for a while. */
export async function step(page, act, ready) {
  await page.evaluate(() => (globalThis.__longTasks = []));
  const started = Date.now();
  await act();
  await ready().waitFor({ timeout: 300_000 });
  const shown = Date.now() - started;
  const longest = await longestOnceQuiet(page);
  return { longest, shown };
}


/**
 * A new page on the app at `url` watching its long tasks; `file` imported from the API list, then the page
 * reloaded: the longest task and the time until the pipeline of `apiName` was drawn, for each.
 */
export async function importThenReopen(browser, url, file, apiName) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await watchLongTasks(page);
  await page.goto(url);
  await page.getByRole('table').waitFor({ timeout: 60_000 });
  await page.evaluate(() => (globalThis.__longTasks = []));
  const picked = Date.now();
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByLabel('Choose a file').setInputFiles(file);
  const imported = await settle(page, picked, apiName);
  const reloaded = Date.now();
  await page.reload();
  const reopened = await settle(page, reloaded, apiName);
  return { page, imported, reopened };
}
