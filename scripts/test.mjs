// `npm test`: every test there is, from a fresh clone: set-up, unit and component tests (vitest), then
// end-to-end tests in Chromium (Playwright). Ends with one line `N passed, M failed` over both.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { ensureChromium, ensurePackages } from './setup.mjs';

ensurePackages();
ensureChromium();
mkdirSync('test-results', { recursive: true });

const vitestJson = 'test-results/vitest.json';
const playwrightJson = 'test-results/playwright.json';
const stages = [
  {
    name: 'unit and component tests',
    command: `npx vitest run --reporter=default --reporter=json --outputFile.json=${vitestJson}`,
    count: () => {
      const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
      return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests };
    },
  },
  {
    name: 'end-to-end tests (Chromium)',
    command: 'npx playwright test --reporter=list,json',
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
    count: () => {
      const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
      return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
    },
  },
];

const total = { passed: 0, failed: 0, skipped: 0 };
let broken = false;
for (const stage of stages) {
  console.log(`\n== ${stage.name}`);
  try {
    execSync(stage.command, { stdio: 'inherit', env: { ...process.env, ...stage.env } });
  } catch {
    broken = true;
    console.error(`\n${stage.name} failed.`);
  }
  const reportFile = stage === stages[0] ? vitestJson : playwrightJson;
  if (existsSync(reportFile)) {
    const counts = stage.count();
    for (const key of Object.keys(total)) total[key] += counts[key] ?? 0;
  } else {
    broken = true;
  }
  if (broken) break;
}

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(broken || total.failed > 0 ? 1 : 0);
