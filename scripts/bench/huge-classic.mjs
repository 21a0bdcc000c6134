// The huge-definition bench's Tyk Classic twin: 200,000 endpoints in one version's extended_paths lists,
// imported from a file, reopened after a reload, an endpoint plugin switched off, then exported. The page must
// never stop answering for more than 200 ms at a time. Classic endpoints are read a slice per task before the
// pipeline draws (src/domain/definition/prepare.ts), and again only when an edit changes which endpoints exist.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, startPreview } from '../bench-support/preview.mjs';
import { HUGE_CLASSIC_NAME, HUGE_ENDPOINTS, writeHugeClassicDefinition } from '../bench-support/huge-definition.mjs';
import { BUDGET_MS, importThenReopen, QUIET_MS, step } from '../bench-support/long-tasks.mjs';
import { runAlone } from '../bench-support/run-alone.mjs';

export async function run() {
  const folder = mkdtempSync(join(tmpdir(), 'bench-huge-classic-'));
  const file = join(folder, 'huge-classic-catalogue.json');
  const bytes = writeHugeClassicDefinition(file);
  const { url, stop } = await startPreview();
  const browser = await launchChromium();
  try {
    const { page, imported, reopened } = await importThenReopen(browser, url, file, HUGE_CLASSIC_NAME);
    const card = () => page.getByRole('button', { name: /^Actions for Check0 on / }).first();
    await card().click();
    const switchedOff = await step(
      page,
      () => page.getByRole('menuitem', { name: 'Disable' }).click(),
      () => card().locator('xpath=ancestor::li[1]').getByText('disabled', { exact: true }),
    );
    await page.evaluate(() => (globalThis.__longTasks = []));
    await page.getByRole('button', { name: /^Export/ }).click();
    const downloading = page.waitForEvent('download', { timeout: 300_000 });
    await page.getByRole('button', { name: 'Download JSON' }).click();
    await downloading;
    await page.waitForTimeout(QUIET_MS);
    const exported = await page.evaluate(() => Math.max(0, ...globalThis.__longTasks.map((task) => task.ms)));
    const size = `${(bytes / 1024 / 1024).toFixed(0)} MB Classic, ${HUGE_ENDPOINTS.toLocaleString('en')} endpoints`;
    return [
      { name: `Huge definition (${size}): longest task, import to pipeline`, value: imported.longest, budget: BUDGET_MS, unit: 'ms' },
      { name: `Huge definition (${size}): longest task, reopen to pipeline`, value: reopened.longest, budget: BUDGET_MS, unit: 'ms' },
      { name: `Huge definition (${size}): longest task, switch an endpoint plugin off`, value: switchedOff.longest, budget: BUDGET_MS, unit: 'ms' },
      { name: `Huge definition (${size}): longest task, export as JSON`, value: exported, budget: BUDGET_MS, unit: 'ms' },
      { name: 'Huge Classic definition: import to pipeline drawn', value: imported.drawn / 1000, unit: 's' },
    ];
  } finally {
    await browser.close();
    stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

await runAlone(import.meta.url, run);
