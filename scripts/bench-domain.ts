// Domain timing on large definitions: reading the plugin model (plus read findings) of a Classic definition
// with 5,000 per-path entries and of a Tyk OAS definition with 2,000 operations (budget 20 ms, read + lint),
// and single edits on them (budget 2 ms). Run: npx tsx scripts/bench-domain.ts [--json]
import type { JsonObject } from '../src/domain/json';
import { readFindings, readPluginModel } from '../src/domain/definition/read';
import { lintDefinition } from '../src/domain/rules/lint';
import { applyEdit } from '../src/domain/pipeline/edits';
import { parseJsonText } from '../src/domain/definition/parse-json';
import { serializeDefinition } from '../src/domain/definition/serialize';
import type { DefinitionFormat } from '../src/domain/pipeline/model';
import type { PluginEdit } from '../src/domain/pipeline/edit-types';

export interface BenchRow {
  name: string;
  value: number;
  budget: number;
  unit: string;
}

/** Classic with `count` per-path entries under one version: Go plugins, virtual endpoints and allow-list entries. */
export function largeClassic(count = 5000): JsonObject {
  const goPlugin: JsonObject[] = [];
  const virtual: JsonObject[] = [];
  const whiteList: JsonObject[] = [];
  for (let i = 0; i < count; i++) {
    const path = `/items-${i}/{id}`;
    if (i % 3 === 0) goPlugin.push({ disabled: false, path, method: 'POST', plugin_path: `ep${i}.so`, func_name: `Ep${i}` });
    else if (i % 3 === 1) {
      virtual.push({ disabled: false, response_function_name: `v${i}`, function_source_type: 'file', function_source_uri: `v${i}.js`, path, method: 'GET', use_session: false, proxy_on_error: false });
    } else whiteList.push({ path, method_actions: { GET: { action: 'no_action', code: 200, data: '', headers: {} } } });
  }
  return {
    name: 'Large Classic',
    api_id: 'large-classic',
    use_keyless: false,
    custom_plugin_auth_enabled: true,
    proxy: { listen_path: '/large/', target_url: 'http://upstream', strip_listen_path: true },
    custom_middleware: {
      pre: [{ disabled: false, name: 'Pre', path: 'pre.so', require_session: false, raw_body_only: false }],
      post_key_auth: [],
      post: [{ disabled: false, name: 'Post', path: 'post.so', require_session: false, raw_body_only: false }],
      auth_check: { disabled: false, name: 'Auth', path: 'auth.so', require_session: false, raw_body_only: false },
      response: [],
      driver: 'goplugin',
    },
    version_data: {
      not_versioned: true,
      versions: { Default: { name: 'Default', use_extended_paths: true, extended_paths: { go_plugin: goPlugin, virtual, white_list: whiteList } } },
    },
  };
}

/** Tyk OAS with `count` operations, every other one with a per-endpoint Go plugin. */
export function largeOas(count = 2000): JsonObject {
  const paths: JsonObject = {};
  const operations: JsonObject = {};
  for (let i = 0; i < count; i++) {
    const operationId = `op${i}`;
    paths[`/items-${i}/{id}`] = { get: { operationId, responses: { '200': { description: 'ok' } } } };
    operations[operationId] = i % 2 === 0 ? { postPlugins: [{ enabled: true, functionName: `Ep${i}`, path: `ep${i}.so` }] } : { allow: { enabled: true } };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Large OAS', version: '1.0.0' },
    paths,
    'x-tyk-api-gateway': {
      info: { id: 'large-oas', name: 'Large OAS', state: { active: true } },
      upstream: { url: 'http://upstream' },
      server: {
        listenPath: { value: '/large/', strip: true },
        authentication: { enabled: true, custom: { enabled: true, config: { enabled: true, functionName: 'Auth', path: 'auth.so' } } },
      },
      middleware: {
        global: { pluginConfig: { driver: 'goplugin' }, prePlugins: [{ enabled: true, functionName: 'Pre', path: 'pre.so' }] },
        operations,
      },
    },
  };
}

/**
 * Median milliseconds of `fn`, after a warm-up for the JIT. Measured as this process's CPU time, not wall
 * time, so that other work on a shared machine does not count against the budget (set BENCH_WALL=1 for wall).
 */
function median(fn: () => void, runs = 60): number {
  for (let i = 0; i < 20; i++) fn();
  const wall = process.env['BENCH_WALL'] === '1';
  const now = () => {
    if (wall) return performance.now();
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    fn();
    times.push(now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

function editMs(doc: JsonObject, format: DefinitionFormat, edit: PluginEdit): number {
  const probe = applyEdit(doc, format, edit);
  if (!probe.ok) throw new Error(`bench edit refused: ${probe.reason}`);
  return median(() => {
    applyEdit(doc, format, edit);
  });
}

/**
 * Copies of `doc`, one per timed call (warm-up included), each with a `paths` object of its own: the reader
 * keeps the endpoints it read by `paths` object (src/domain/oas/read-endpoints.ts), and a bench of cache hits
 * would measure nothing. A definition freshly opened or edited as text has new objects too.
 */
function coldCopies(doc: JsonObject, count = 80): () => JsonObject {
  const paths = doc['paths'];
  const copies = Array.from({ length: count }, () =>
    paths !== null && typeof paths === 'object' && !Array.isArray(paths) ? { ...doc, paths: { ...paths } } : { ...doc },
  );
  let next = 0;
  return () => copies[next++ % copies.length] ?? doc;
}

export function benchDomain(): BenchRow[] {
  const classic = largeClassic();
  const oas = largeOas();
  const read = (doc: JsonObject, format: DefinitionFormat) => {
    const copy = coldCopies(doc);
    return () => {
      const fresh = copy();
      readPluginModel(fresh, format);
      readFindings(fresh, format);
    };
  };
  const lint = (doc: JsonObject, format: DefinitionFormat) => {
    const copy = coldCopies(doc);
    return () => lintDefinition(copy(), format);
  };
  const oasText = JSON.stringify(oas, null, 2);
  const parsedOas = parseJsonText(oasText);
  const oasDoc = parsedOas.ok ? (parsedOas.value as JsonObject) : oas;
  const attachPre: PluginEdit = { type: 'attach', hook: 'pre', index: 0, fn: { name: 'New', path: 'new.so' } };
  return [
    { name: 'domain: read classic 5000 paths', value: median(read(classic, 'classic')), budget: 20, unit: 'ms' },
    { name: 'domain: read oas 2000 operations', value: median(read(oas, 'oas')), budget: 20, unit: 'ms' },
    // lintDefinition reads the model (with its reading findings) once, then runs every rule.
    { name: 'domain: read + lint classic 5000 paths', value: median(lint(classic, 'classic')), budget: 20, unit: 'ms' },
    { name: 'domain: read + lint oas 2000 operations', value: median(lint(oas, 'oas')), budget: 20, unit: 'ms' },
    { name: 'domain: parse oas 2000 operations (text)', value: median(() => parseJsonText(oasText), 20), budget: 100, unit: 'ms' },
    { name: 'domain: serialize oas 2000 operations', value: median(() => serializeDefinition(oasDoc), 20), budget: 100, unit: 'ms' },
    { name: 'domain: edit classic 5000 paths (attach pre)', value: editMs(classic, 'classic', attachPre), budget: 2, unit: 'ms' },
    {
      name: 'domain: edit classic 5000 paths (disable endpoint plugin)',
      value: editMs(classic, 'classic', { type: 'updateEndpointPlugin', index: 2500, fields: { enabled: false } }),
      budget: 2,
      unit: 'ms',
    },
    { name: 'domain: edit oas 2000 operations (attach pre)', value: editMs(oas, 'oas', attachPre), budget: 2, unit: 'ms' },
    {
      name: 'domain: edit oas 2000 operations (attach endpoint plugin)',
      value: editMs(oas, 'oas', { type: 'attachEndpointPlugin', kind: 'goPlugin', method: 'GET', path: '/items-1999/{id}', fn: { name: 'Ep', path: 'ep.so' } }),
      budget: 2,
      unit: 'ms',
    },
  ];
}

export function formatRows(rows: readonly BenchRow[]): string {
  const width = Math.max(...rows.map((row) => row.name.length));
  return rows
    .map((row) => `${row.name.padEnd(width)}  ${row.value.toFixed(2).padStart(6)} ${row.unit}  (budget ${row.budget} ${row.unit})  ${row.value <= row.budget ? 'ok' : 'OVER'}`)
    .join('\n');
}

if (!process.env.NO_BENCH_MAIN && process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const rows = benchDomain();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else console.log(formatRows(rows));
  if (rows.some((row) => row.value > row.budget)) process.exitCode = 1;
}
