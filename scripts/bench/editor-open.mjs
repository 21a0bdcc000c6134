// The editors' first open in a production build (dist/, built by `npm run bench`), in Chromium:
// - Definition tab: click → Monaco loaded and the definition's text on screen (a cold page: nothing cached).
// - Code tab: click → a plugin file's text on screen, in a fresh browser context restored from a draft.
// A user looks at the pipeline before opening an editor; the workspace uses that moment to fetch Monaco's files
// (src/features/workspace/warm-editors.ts). The budgeted figures click a second after the API opened; the
// same clicks made at once, before that fetch can help, are printed beside them for reference (no budget).
// - Monaco on the first screen: its chunks must not be requested until an editor opens.
// Each timing is the median of three cold runs; the machine is shared, so single runs are noisy.
import { launchChromium, median, startPreview } from '../bench-support/preview.mjs';
import { runAlone } from '../bench-support/run-alone.mjs';

const API = '/apis/legacy-inventory';
const RUNS = 3;
/** How long the user looks at the pipeline before clicking an editor tab, in the budgeted runs. */
const LOOK_MS = 1000;
const MONACO_CHUNK = /(monaco-setup|editor\.api|editor\.worker|json\.worker|jsonMode)[^/]*\.js$/;

async function openWorkspace(page, url) {
  await page.goto(`${url}${API}`);
  await page.getByRole('region', { name: 'Pipeline' }).waitFor();
}

async function clickTab(page, name) {
  await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name, exact: true }).click();
}

/** Click the tab, wait for the text in Monaco; seconds. */
async function timeOpen(page, tab, text) {
  const start = Date.now();
  await clickTab(page, tab);
  await page.locator('.monaco-editor .view-lines').filter({ hasText: text }).first().waitFor({ timeout: 30_000 });
  return (Date.now() - start) / 1000;
}

export async function run() {
  const preview = await startPreview();
  const browser = await launchChromium();
  try {
    // The first screen: which scripts does the API list request before any editor opens?
    const first = await browser.newContext();
    const firstPage = await first.newPage();
    const requested = [];
    firstPage.on('request', (req) => requested.push(new URL(req.url()).pathname));
    await firstPage.goto(preview.url);
    await firstPage.getByRole('table').waitFor();
    // The first screen (the API list), left alone a moment: none of Monaco. (An opened API's workspace fetches
    // Monaco's files once it is idle, ahead of the first editor; that is not the first screen.)
    await firstPage.waitForTimeout(1500);
    const monacoOnFirstScreen = requested.filter((p) => MONACO_CHUNK.test(p)).length;
    await openWorkspace(firstPage, preview.url);
    // A draft with a plugin file, for the Code tab runs.
    await clickTab(firstPage, 'Code');
    // The Pipeline tab has a "New function…" too: wait until the Code tab has replaced it.
    await firstPage.getByRole('toolbar', { name: 'Plugin code' }).getByRole('button', { name: 'New function…' }).click();
    await firstPage.getByLabel('Function name').fill('BenchHook');
    await firstPage.getByRole('button', { name: 'Create function' }).click();
    await firstPage.locator('.monaco-editor .view-lines').filter({ hasText: 'BenchHook' }).first().waitFor();
    await firstPage.waitForTimeout(500); // the draft is saved to IndexedDB shortly after a change
    const withDraft = await first.storageState({ indexedDB: true });
    await first.close();

    const timings = async (lookMs) => {
      const definition = [];
      const code = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await openWorkspace(page, preview.url);
        await page.waitForTimeout(lookMs);
        definition.push(await timeOpen(page, 'Definition', 'api_id'));
        await context.close();

        const restored = await browser.newContext({ storageState: withDraft });
        const codePage = await restored.newPage();
        await openWorkspace(codePage, preview.url);
        await codePage.waitForTimeout(lookMs);
        code.push(await timeOpen(codePage, 'Code', 'BenchHook'));
        await restored.close();
      }
      return { definition: median(definition), code: median(code) };
    };
    const looked = await timings(LOOK_MS);
    const atOnce = await timings(0);
    return [
      { name: `Definition editor first open, ${LOOK_MS / 1000} s after the API opened (Monaco cold)`, value: looked.definition, budget: 1.5, unit: 's' },
      { name: `Code editor first open, ${LOOK_MS / 1000} s after the API opened (Monaco cold)`, value: looked.code, budget: 1.5, unit: 's' },
      { name: 'Definition editor first open, clicked at once (for reference)', value: atOnce.definition, unit: 's' },
      { name: 'Code editor first open, clicked at once (for reference)', value: atOnce.code, unit: 's' },
      { name: 'Monaco chunks requested by the first screen', value: monacoOnFirstScreen, budget: 0, unit: 'files' },
    ];
  } finally {
    await browser.close();
    preview.stop();
  }
}

await runAlone(import.meta.url, run);
