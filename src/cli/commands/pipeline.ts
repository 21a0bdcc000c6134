import { buildChain } from '../../domain/chain/build-chain';
import type { ChainRequest, ChainStep } from '../../domain/chain/types';
import { readPluginModel } from '../../domain/definition/read';
import type { CliIo } from '../io';
import { loadDefinition } from '../load';
import type { ParsedArgs } from '../args';
import { readProfileOptions } from './profile-option';

const MARK = { active: '+', inactive: '-', unknown: '?' } as const;

/** "POST /refunds/{id}" → { method, path }. */
export function parseEndpoint(text: string): ChainRequest | undefined {
  const match = /^\s*([A-Za-z]+)\s+(\/\S*)\s*$/.exec(text);
  return match?.[1] && match[2] ? { method: match[1].toUpperCase(), path: match[2] } : undefined;
}

/** The chain as text: one stage per line (mark, group, label, reason), hook functions indented below. */
export function formatChain(steps: readonly ChainStep[]): string {
  const groupWidth = Math.max(...steps.map((s) => s.group.length));
  const lines: string[] = [];
  for (const step of steps) {
    lines.push(`${MARK[step.state]} ${step.group.padEnd(groupWidth)}  ${step.label}: ${step.reason}`);
    if (step.warning) lines.push(`    ! ${step.warning}`);
    for (const fn of step.functions) {
      const where = fn.endpoint ? ` on ${fn.endpoint.method.toUpperCase()} ${fn.endpoint.path}` : '';
      const file = fn.fn.path ? ` (${fn.fn.path})` : '';
      lines.push(`    ${fn.runs ? '+' : '-'} ${fn.fn.name || '(no name)'}${file}${where}: ${fn.reason}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** `pipeline FILE [--endpoint "METHOD /path"] [profile options]`. */
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
  const model = readPluginModel(loaded.doc, loaded.format);
  const steps = buildChain(
    loaded.doc,
    loaded.format,
    model,
    request,
    option.profile ? { profile: option.profile } : {},
  );
  const title = request ? `${request.method} ${request.path}` : 'every endpoint';
  io.stdout(
    `${file} (${loaded.format === 'classic' ? 'Tyk Classic' : 'Tyk OAS'}, driver ${model.driver || 'not set'}), ${title}\n`,
  );
  io.stdout(formatChain(steps));
  return 0;
}
