import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { GATEWAY_DOUBLE_SECRET, appPort, gatewayDoublePort, proxyAppPort } from './e2e/ports';

/**
 * Playwright's own browser download does not work on these machines: use Debian's Chromium when it is
 * there. The app runs on the embedded gateway (TYK_GATEWAY_URL cleared), so the tests never reach
 * a real one.
 */
const debianChromium = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);
/**
 * The specs in e2e/real-gateway run the app in proxy mode: the dev server proxies /tyk to a stand-in for a
 * real gateway (e2e/gateway-double, a Node server on loopback), as a user's `TYK_GATEWAY_URL` setup does.
 */
const port = appPort;
const proxyPort = proxyAppPort;
const doublePort = gatewayDoublePort;
const DOUBLE_SECRET = GATEWAY_DOUBLE_SECRET;
/**
 * The production build behind the production server (`npm run serve`) by default: it is what users run, with
 * its Content-Security-Policy (a violation is a console error, which fails the test), its pages load in a
 * fraction of the dev server's time (Monaco is one chunk, not hundreds of modules), and edits made to the
 * sources while the tests run cannot reload the page under them. E2E_SERVER=dev runs the dev server instead.
 */
const server =
  process.env.E2E_SERVER === 'dev'
    ? `npx vite --port ${port} --strictPort --host 127.0.0.1`
    : `npx vite build --logLevel warn --outDir dist-e2e-${port} && node server/main.mjs --dist dist-e2e-${port} --port ${port} --host 127.0.0.1`;

const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  // Without these, Chromium keeps dialling out, and this network refuses it.
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-gpu'],
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: `test-results/e2e-${port}`,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: 'real-gateway/**',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions,
      },
    },
    {
      name: 'real-gateway',
      testMatch: 'real-gateway/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${proxyPort}`, launchOptions },
    },
  ],
  webServer: [
    {
      command: server,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { TYK_GATEWAY_URL: '', TYK_GATEWAY_SECRET: '' },
    },
    {
      command: 'npx tsx e2e/gateway-double/server.ts',
      url: `http://127.0.0.1:${doublePort}/__double/log`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { PORT: String(doublePort), SECRET: DOUBLE_SECRET },
    },
    {
      command: `npx vite --port ${proxyPort} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${proxyPort}`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { TYK_GATEWAY_URL: `http://127.0.0.1:${doublePort}`, TYK_GATEWAY_SECRET: DOUBLE_SECRET },
    },
  ],
});
