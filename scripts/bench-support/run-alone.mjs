// `node scripts/bench/<part>.mjs` runs one part of `npm run bench` on its own (after `npx vite build`):
// each row printed with its budget, and exit 1 when the part fails.
export async function runAlone(moduleUrl, run) {
  if (moduleUrl !== `file://${process.argv[1]}`) return;
  try {
    for (const row of await run()) {
      const budget = row.budget === undefined ? 'no budget' : `budget ${row.budget} ${row.unit}`;
      console.log(`${row.name}: ${row.value.toFixed(2)} ${row.unit} (${budget})`);
    }
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
