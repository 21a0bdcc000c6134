// The drift report of two gateways with 1,000 APIs each (budget 1 s): the demo gateway's definitions (plugins,
// per-path entries, OAS documents) copied under new ids, one side as written, the other as a gateway answers
// GET after loading them (every zero value filled in), with one API in 20 changed and 10 only on each side.
// Compared by meaning, so every pair is walked, not skipped on equal bytes.
// Run: npx tsx scripts/bench-drift.ts [--json]
import type { JsonObject } from '../src/domain/json';
import { driftReport, type DriftApi } from '../src/domain/drift';
import { isJsonObject } from '../src/domain/json';
import { seedApis } from '../src/mocks/seed';
import { normaliseClassic, normaliseOas } from '../src/mocks/normalise';

const COUNT = 1000;
const BUDGET_MS = 1000;

/** `count` APIs from the seed definitions, each under an id of its own. */
function written(count: number): DriftApi[] {
  const seeds = seedApis();
  return Array.from({ length: count }, (_, index) => {
    const seed = seeds[index % seeds.length]!;
    const id = `${seed.id}-${index}`;
    const doc = structuredClone(seed.doc);
    const ext = doc['x-tyk-api-gateway'];
    if (seed.format === 'oas' && isJsonObject(ext) && isJsonObject(ext.info)) ext.info.id = id;
    else doc.api_id = id;
    return { id, format: seed.format, doc };
  });
}

function gateways(): [DriftApi[], DriftApi[]] {
  const apis = written(COUNT + 10);
  const left = apis.slice(0, COUNT);
  const right = apis.slice(10).map((api, index) => {
    const doc: JsonObject = api.format === 'classic' ? normaliseClassic(structuredClone(api.doc)) : normaliseOas(structuredClone(api.doc));
    if (index % 20 === 0) doc.name = `${String(doc.name)} (changed)`;
    return { id: api.id, format: api.format, doc };
  });
  return [left, right];
}

function wallMs(fn: () => void, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export function benchDrift() {
  const [left, right] = gateways();
  const report = driftReport(left, right);
  if (report.onlyLeft.length !== 10 || report.onlyRight.length !== 10 || report.different.length === 0 || report.same.length === 0) {
    throw new Error(`bench: the drift report is not what was generated: ${JSON.stringify({ ...report, same: report.same.length })}`);
  }
  const kb = JSON.stringify(right).length / 1024;
  return [{ name: `drift report: 2 gateways × ${COUNT} APIs (by meaning, ${Math.round(kb / 1024)} MB a side)`, value: wallMs(() => driftReport(left, right)), budget: BUDGET_MS, unit: 'ms' }];
}

if (process.argv[1]?.endsWith('bench-drift.ts')) {
  const rows = benchDrift();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else for (const row of rows) console.log(`${row.name}  ${row.value.toFixed(1)} ms  (budget ${row.budget} ms)  ${row.value <= row.budget ? 'ok' : 'OVER'}`);
}
