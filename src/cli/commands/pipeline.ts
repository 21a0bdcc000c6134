import { buildChain } from '../../domain/chain/build-chain';
import type { ChainFunction, ChainRequest, ChainStep } from '../../domain/chain/types';
import { readPluginModel } from '../../domain/definition/read';
import { runningModel } from '../../domain/bundle/running-model';
import type { PluginModel } from '../../domain/pipeline/model';
import type { CliIo } from '../io';
import { loadDefinition } from '../load';
import type { ParsedArgs } from '../args';
import { readProfileOptions } from './profile-option';
import { bundlesFor, readBundleOptions } from './bundle-option';

const MARK = { active: '+', inactive: '-', unknown: '?' } as const;

/** "POST /refunds/{id}" → { method, path }; a Classic path written without its leading "/" as the pipeline prints it. */
export function parseEndpoint(text: string): ChainRequest | undefined {
  const match = /^\s*([A-Za-z]+)\s+(\S+)\s*$/.exec(text);
  return match?.[1] && match[2] ? { method: match[1].toUpperCase(), path: match[2] } : undefined;
}

/** The chain as text: one stage per line (mark, group, label, reason), hook functions indented below. */
export function formatChain(steps: readonly ChainStep[]): string {
  const groupWidth = Math.max(...steps.map((s) => s.group.length));
  const lines: string[] = [];
  for (const step of steps) {
    lines.push(`${MARK[step.state]} ${step.group.padEnd(groupWidth)}  ${step.label}: ${step.reason}`);
    if (step.warning) lines.push(`    ! ${step.warning}`);
    if (step.bundle && !step.bundle.sameAsDefinition) {
      for (const fn of step.bundle.functions) lines.push(functionLine(fn));
    }
    for (const fn of step.functions) lines.push(functionLine(fn));
  }
  return lines.join('\n') + '\n';
}

/** One function below its stage: "+" runs, "-" does not; where it is, and from which bundle. */
function functionLine(fn: ChainFunction): string {
  const where = fn.endpoint ? ` on ${fn.endpoint.method.toUpperCase()} ${fn.endpoint.path}` : '';
  const file = fn.fn.path ? ` (${fn.fn.path})` : '';
  const bundle = fn.fn.bundle ? ` [${fn.fn.bundle}]` : '';
  return `    ${fn.runs ? '+' : '-'} ${fn.fn.name || '(no name)'}${file}${bundle}${where}: ${fn.reason}`;
}

/** The driver of what runs: a bundle's manifest sets it when the API loads one. */
function driverLine(running: PluginModel): string {
  const from = running.bundleHooks;
  if (from && !from.read) return `driver and hooks from ${from.missing.join(', ')} (not given: --bundle)`;
  const driver = `driver ${running.driver || 'not set'}`;
  return from ? `${driver} from ${from.names.join(', ')}` : driver;
}

/** `pipeline FILE [--endpoint "METHOD /path"] [--bundle FILE|DIR]… [profile options]`. */
export function pipeline(io: CliIo, files: readonly string[], args: ParsedArgs): number {
  const endpoint = args.options.get('endpoint');
  const [file, ...extra] = files;
  if (file === undefined || extra.length > 0) {
    io.stderr('pipeline: give exactly one FILE\n');
    return 2;
  }
  const request = endpoint === undefined ? undefined : parseEndpoint(endpoint);
  if (endpoint !== undefined && !request) {
    io.stderr(`pipeline: --endpoint must look like "GET /path", not "${endpoint}"\n`);
    return 2;
  }
  const option = readProfileOptions(io, args);
  if ('error' in option) {
    io.stderr(`${option.error}\n`);
    return 2;
  }
  const loaded = loadDefinition(io, file);
  if (!loaded.ok) {
    io.stderr(`${file}: ${loaded.reason}\n`);
    return 1;
  }
  const given = readBundleOptions(io, args);
  if ('error' in given) {
    io.stderr(`${given.error}\n`);
    return 2;
  }
  const model = readPluginModel(loaded.doc, loaded.format);
  const bundles = bundlesFor(model, given.bundles);
  for (const unused of bundles.unused) io.stderr(`${file}: --bundle ${unused} is not a bundle this definition loads\n`);
  for (const problem of bundles.findings) io.stderr(`${file}: ${problem.message}\n`);
  const options = { ...(option.profile ? { profile: option.profile } : {}), bundles: bundles.manifests };
  const steps = buildChain(loaded.doc, loaded.format, model, request, options);
  const title = request ? `${request.method} ${request.path}` : 'every endpoint';
  const running = runningModel(model, bundles.manifests);
  const format = `${loaded.format === 'classic' ? 'Tyk Classic' : 'Tyk OAS'}${loaded.wrapper ? ' in the Dashboard\'s api_definition' : ''}`;
  io.stdout(`${file} (${format}, ${driverLine(running)}), ${title}\n`);
  io.stdout(formatChain(steps));
  return 0;
}
