// Lint timing for large definitions: read + lint of a Classic definition with 5,000 per-path entries and of a
// Tyk OAS definition with 2,000 operations (budget 20 ms each). Run: npx tsx scripts/bench-lint.ts [--json]
import type { JsonObject } from '../src/domain/json';
import { DEFAULT_PROFILE } from '../src/domain/profile/profile';
import { lintDefinition } from '../src/domain/rules/lint';

export interface BenchRow {
  name: string;
  value: number;
  budget: number;
  unit: string;
}

/** A Classic definition with `count` per-path entries (Go plugins, virtual endpoints, allow list). */
export function bigClassic(count = 5000): JsonObject {
  const goPlugin: JsonObject[] = [];
  const virtual: JsonObject[] = [];
  const whiteList: JsonObject[] = [];
  for (let i = 0; i < count; i++) {
    const path = `/resource-${i}/{id}`;
    if (i % 5 < 2)
      goPlugin.push({ disabled: false, path, method: 'POST', plugin_path: `p${i}.so`, func_name: `Fn${i}` });
    else if (i % 5 === 2) {
      virtual.push({
        disabled: false,
        path,
        method: 'GET',
        response_function_name: `v${i}`,
        function_source_type: 'file',
        function_source_uri: `v${i}.js`,
        use_session: false,
        proxy_on_error: false,
      });
    } else
      whiteList.push({
        path,
        method_actions: { GET: { action: 'no_action', code: 200, data: '', headers: {} } },
      });
  }
  return {
    api_id: 'big-classic',
    name: 'Big Classic',
    use_keyless: false,
    custom_plugin_auth_enabled: true,
    proxy: { listen_path: '/big/', target_url: 'http://upstream', strip_listen_path: true },
    custom_middleware: {
      driver: 'goplugin',
      pre: [{ name: 'Pre', path: 'pre.so' }],
      auth_check: { name: 'Auth', path: 'auth.so' },
      post_key_auth: [{ name: 'PostAuth', path: 'pa.so' }],
      post: [{ name: 'Post', path: 'post.so' }],
      response: [{ name: 'Resp', path: 'resp.so' }],
    },
    version_data: {
      not_versioned: true,
      versions: {
        Default: {
          name: 'Default',
          use_extended_paths: true,
          extended_paths: { go_plugin: goPlugin, virtual, white_list: whiteList },
        },
      },
    },
  };
}

/** A Tyk OAS definition with `count` operations, half of them with a per-endpoint Go plugin. */
export function bigOas(count = 2000): JsonObject {
  const paths: JsonObject = {};
  const operations: JsonObject = {};
  for (let i = 0; i < count; i++) {
    const operationId = `op${i}`;
    paths[`/resource-${i}/{id}`] = { get: { operationId, responses: { '200': { description: '' } } } };
    operations[operationId] =
      i % 2 === 0
        ? { postPlugins: [{ enabled: true, functionName: `Fn${i}`, path: `p${i}.so` }] }
        : { allow: { enabled: true } };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Big OAS', version: '1.0.0' },
    paths,
    'x-tyk-api-gateway': {
      info: { name: 'Big OAS', state: { active: true } },
      upstream: { url: 'http://upstream' },
      server: {
        listenPath: { value: '/big/', strip: true },
        authentication: {
          enabled: true,
          custom: { enabled: true, config: { enabled: true, functionName: 'Auth', path: 'auth.so' } },
        },
      },
      middleware: {
        global: {
          pluginConfig: { driver: 'goplugin' },
          prePlugins: [{ enabled: true, functionName: 'Pre', path: 'pre.so' }],
        },
        operations,
      },
    },
  };
}

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
  const classic = bigClassic();
  const oas = bigOas();
  return [
    {
      name: 'read + lint Classic, 5,000 paths',
      value: median(() => lintDefinition(classic, 'classic')),
      budget: 20,
      unit: 'ms',
    },
    {
      name: 'read + lint Classic, 5,000 paths, with profile',
      value: median(() => lintDefinition(classic, 'classic', { profile: DEFAULT_PROFILE })),
      budget: 20,
      unit: 'ms',
    },
    {
      name: 'read + lint OAS, 2,000 operations',
      value: median(() => lintDefinition(oas, 'oas')),
      budget: 20,
      unit: 'ms',
    },
    {
      name: 'read + lint OAS, 2,000 operations, with profile',
      value: median(() => lintDefinition(oas, 'oas', { profile: DEFAULT_PROFILE })),
      budget: 20,
      unit: 'ms',
    },
  ];
}

export function formatRows(rows: readonly BenchRow[]): string {
  const width = Math.max(...rows.map((row) => row.name.length));
  return rows
    .map(
      (row) =>
        `${row.name.padEnd(width)}  ${row.value.toFixed(2)} ${row.unit}  (budget ${row.budget} ${row.unit})  ${row.value <= row.budget ? 'ok' : 'OVER'}`,
    )
    .join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const rows = benchLint();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else console.log(formatRows(rows));
  if (rows.some((row) => row.value > row.budget)) process.exitCode = 1;
}
