// Lint timing on the large definitions of bench-domain (a Classic definition with 5,000 per-path entries and a
// Tyk OAS definition with 2,000 operations), without and with a gateway profile; budget 20 ms each.
// `npm run bench` reports the plain read + lint rows through bench-domain. Run: npx tsx scripts/bench-lint.ts [--json]
import { DEFAULT_PROFILE } from '../src/domain/profile/profile';
import { lintDefinition } from '../src/domain/rules/lint';
import { formatRows, largeClassic, largeOas, type BenchRow } from './bench-domain';

/** Median milliseconds of `fn` over `runs` runs, after a warm-up long enough for the JIT to settle. */
function median(fn: () => void, runs = 60): number {
  for (let i = 0; i < 30; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export function benchLint(): BenchRow[] {
  const classic = largeClassic();
  const oas = largeOas();
  const profile = { profile: DEFAULT_PROFILE };
  return [
    {
      name: 'lint: read + lint classic 5000 paths',
      value: median(() => lintDefinition(classic, 'classic')),
      budget: 20,
      unit: 'ms',
    },
    {
      name: 'lint: read + lint classic 5000 paths, profile',
      value: median(() => lintDefinition(classic, 'classic', profile)),
      budget: 20,
      unit: 'ms',
    },
    {
      name: 'lint: read + lint oas 2000 operations',
      value: median(() => lintDefinition(oas, 'oas')),
      budget: 20,
      unit: 'ms',
    },
    {
      name: 'lint: read + lint oas 2000 operations, profile',
      value: median(() => lintDefinition(oas, 'oas', profile)),
      budget: 20,
      unit: 'ms',
    },
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const rows = benchLint();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else console.log(formatRows(rows));
  if (rows.some((row) => row.value > row.budget)) process.exitCode = 1;
}
