// A 46 MB Tyk OAS definition with 200,000 endpoints, in Chromium on the built app: imported from a file,
// then reopened after a reload. The page must never stop answering for more than 200 ms at a time: the
// longest task (PerformanceObserver "longtask") from the pick of the file until the Pipeline tab is drawn and
// its lint is in, from the reload until the same, for each view opened afterwards (Definition, Code, Plugin
// settings, back to the Pipeline, the API list, the Drafts page, the API again), for an edit in a hook and one
// on an endpoint, and while it is exported as JSON. Reading, linting and copying the definition happen in workers and in pieces
// (src/features/import-export/read-in-worker.ts, src/drafts/piece-store.ts, src/off-thread/); what the views
// read first is read a slice per task before they draw (src/drafts/prepare-draft.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, startPreview } from '../bench-support/preview.mjs';
import { HUGE_API_NAME, HUGE_ENDPOINTS, writeHugeDefinition } from '../bench-support/huge-definition.mjs';
import { runAlone } from '../bench-support/run-alone.mjs';
import { BUDGET_MS, importThenReopen, QUIET_MS, step } from '../bench-support/long-tasks.mjs';

export async function run() {
  const folder = mkdtempSync(join(tmpdir(), 'bench-huge-'));
  const file = join(folder, 'huge-catalogue.json');
  const bytes = writeHugeDefinition(file);
  const { url, stop } = await startPreview();
  const browser = await launchChromium();
  try {
    const { page, imported, reopened } = await importThenReopen(browser, url, file, HUGE_API_NAME);

    // The views a user opens next, each from a click, as a user would.
    const tab = (name) => () => page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name }).click();
    const views = [];
    views.push(['Definition tab', await step(page, tab('Definition'), () => page.getByRole('heading', { name: 'Too large to edit as text here' }))]);
    views.push(['Code tab', await step(page, tab('Code'), () => page.getByRole('region', { name: 'Code' }))]);
    views.push(['Plugin settings tab', await step(page, tab('Plugin settings'), () => page.getByRole('region', { name: 'Plugin settings' }))]);
    views.push(['Pipeline tab again', await step(page, tab('Pipeline'), () => page.getByRole('heading', { name: 'Request chain' }))]);
    views.push(['API list', await step(page, () => page.getByRole('link', { name: /Plugin Studio/ }).click(), () => page.getByRole('heading', { level: 1, name: 'APIs' }))]);
    views.push(['Drafts page', await step(page, () => page.getByRole('link', { name: 'Drafts', exact: true }).click(), () => page.getByRole('heading', { level: 1, name: 'Drafts' }))]);
    views.push([
      'API opened again from the API list',
      await step(
        page,
        async () => {
          await page.getByRole('link', { name: /Plugin Studio/ }).click();
          await page.getByRole('link', { name: HUGE_API_NAME }).first().click();
        },
        () => page.getByRole('heading', { name: 'Request chain' }),
      ),
    ]);
    // Edits: one in a hook (the large parts stay as they were), one on an endpoint (a new `operations` object).
    // A hook function is switched off in the inspector (a click on its card opens it there).
    await page.getByRole('button', { name: /^RequestID, .* position/ }).click();
    views.push([
      'switch a hook function off',
      await step(page, () => page.getByRole('checkbox', { name: /^RequestID in .* enabled$/ }).click(), () => page.locator('input[aria-label^="RequestID in"]:not(:checked)')),
    ]);
    // An endpoint plugin is switched off from its card's menu.
    await page.getByRole('button', { name: /^Actions for Check0 on / }).first().click();
    views.push([
      'switch an endpoint plugin off',
      await step(
        page,
        () => page.getByRole('menuitem', { name: 'Disable' }).click(),
        () => page.getByRole('button', { name: /^Actions for Check0 on / }).first().locator('xpath=ancestor::li[1]').getByText('disabled', { exact: true }),
      ),
    ]);
    await page.evaluate(() => (globalThis.__longTasks = []));
    const exportStart = Date.now();
    await page.getByRole('button', { name: /^Export/ }).click();
    const downloading = page.waitForEvent('download', { timeout: 300_000 });
    await page.getByRole('button', { name: 'Download JSON' }).click();
    await downloading;
    const exportMs = Date.now() - exportStart;
    await page.waitForTimeout(QUIET_MS);
    const exported = await page.evaluate(() => Math.max(0, ...globalThis.__longTasks.map((task) => task.ms)));
    const size = `${(bytes / 1024 / 1024).toFixed(0)} MB, ${HUGE_ENDPOINTS.toLocaleString('en')} endpoints`;
    return [
      { name: `Huge definition (${size}): longest task, import to pipeline`, value: imported.longest, budget: BUDGET_MS, unit: 'ms' },
      { name: `Huge definition (${size}): longest task, reopen to pipeline`, value: reopened.longest, budget: BUDGET_MS, unit: 'ms' },
      ...views.map(([view, { longest }]) => ({ name: `Huge definition (${size}): longest task, ${view}`, value: longest, budget: BUDGET_MS, unit: 'ms' })),
      { name: `Huge definition (${size}): longest task, export as JSON`, value: exported, budget: BUDGET_MS, unit: 'ms' },
      { name: 'Huge definition: import to pipeline drawn', value: imported.drawn / 1000, unit: 's' },
      { name: 'Huge definition: reopen to pipeline drawn', value: reopened.drawn / 1000, unit: 's' },
      ...views.map(([view, { shown }]) => ({ name: `Huge definition: ${view}, click to shown`, value: shown / 1000, unit: 's' })),
      { name: 'Huge definition: export as JSON, click to download', value: exportMs / 1000, unit: 's' },
    ];
  } finally {
    await browser.close();
    stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

await runAlone(import.meta.url, run);
