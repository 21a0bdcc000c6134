// Brings a fresh machine to the point where the app and its tests run: the npm packages, and Debian's
// Chromium for the browser tests (Playwright's own browser download does not work here).
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

const run = (command) => execSync(command, { stdio: 'inherit' });

export function ensurePackages() {
  const installed = 'node_modules/.package-lock.json';
  const stale = !existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs;
  if (stale) {
    console.log('setup: installing npm packages (npm ci)…');
    run('npm ci --no-audit --no-fund');
  }
}

export function ensureChromium() {
  if (process.env.CHROMIUM_PATH || existsSync('/usr/bin/chromium')) return;
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    console.warn('setup: no /usr/bin/chromium and no apt-get; set CHROMIUM_PATH to a Chromium binary.');
    return;
  }
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log("setup: installing Debian's chromium for the browser tests…");
  run(`${sudo}apt-get update -qq`);
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`);
}
