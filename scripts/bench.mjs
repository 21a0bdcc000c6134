// `npm run bench`: each figure beside its budget. Speed is measured here, never in timed tests.
// Each part is a module under scripts/bench/ that returns rows { name, value, budget, unit }.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { ensurePackages } from './setup.mjs';

ensurePackages();
if (!process.argv.includes('--no-build')) {
  console.log('bench: building the app (vite build)…');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}

const parts = readdirSync(new URL('./bench/', import.meta.url))
  .filter((file) => /\.m?js$/.test(file))
  .sort();
const rows = [];
for (const file of parts) {
  const part = await import(pathToFileURL(new URL(`./bench/${file}`, import.meta.url).pathname).href);
  rows.push(...(await part.run()));
}
// TypeScript benches (the domain) run through tsx.
for (const script of ['scripts/bench-domain.ts', 'scripts/bench-drift.ts']) {
  if (!existsSync(script)) continue;
  const out = execSync(`npx tsx ${script} --json`, { encoding: 'utf8' });
  rows.push(...JSON.parse(out.trim().split('\n').pop()));
}

let over = 0;
const width = Math.max(...rows.map((row) => row.name.length));
for (const row of rows) {
  const value = `${row.value.toFixed(row.unit === 'KB' ? 1 : 2)} ${row.unit}`;
  // A row without a budget is a figure printed for reference beside the budgeted ones.
  if (row.budget === undefined) {
    console.log(`${row.name.padEnd(width)}  ${value.padStart(10)}  (no budget: for reference)`);
    continue;
  }
  const ok = row.value <= row.budget;
  if (!ok) over += 1;
  console.log(`${row.name.padEnd(width)}  ${value.padStart(10)}  (budget ${row.budget} ${row.unit})  ${ok ? 'ok' : 'OVER'}`);
}
const budgeted = rows.filter((row) => row.budget !== undefined).length;
console.log(`\n${budgeted - over} within budget, ${over} over`);
// Long tasks are wall-clock time: on a machine busy with other work they run long, the page's own garbage
// collection most of all (its helper threads wait for a core). The load says how busy it was.
const [one, five] = loadavg();
console.log(`machine load average ${one.toFixed(1)} (1 min), ${five.toFixed(1)} (5 min), on ${availableParallelism()} cores`);
process.exit(over > 0 ? 1 : 0);
