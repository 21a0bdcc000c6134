import { convertPlugins } from '../../domain/convert/convert';
import { detectIndent, serializeDefinition } from '../../domain/definition/serialize';
import { wrapLike } from '../../domain/definition/dashboard-wrapper';
import type { CliIo } from '../io';
import { loadDefinition } from '../load';
import { findingLine } from './lint';

/** `convert --to oas|classic FILE`: JSON on stdout, what did not convert on stderr. */
export function convert(io: CliIo, files: readonly string[], to: string | undefined): number {
  if (to !== 'oas' && to !== 'classic') {
    io.stderr('convert: --to must be oas or classic\n');
    return 2;
  }
  const [file, ...extra] = files;
  if (file === undefined || extra.length > 0) {
    io.stderr('convert: give exactly one FILE\n');
    return 2;
  }
  const loaded = loadDefinition(io, file);
  if (!loaded.ok) {
    io.stderr(`${file}: ${loaded.reason}\n`);
    return 1;
  }
  if (loaded.format === to) {
    io.stderr(`${file} is already Tyk ${to === 'oas' ? 'OAS' : 'Classic'}: written unchanged\n`);
    io.stdout(loaded.text.endsWith('\n') ? loaded.text : `${loaded.text}\n`);
    return 0;
  }
  const { doc, unmapped } = convertPlugins(loaded.doc, loaded.format, to);
  // The Dashboard's wrapper holds a Classic definition: a Classic result goes back into it, a Tyk OAS one stands alone.
  const wrapped = loaded.wrapper && to === 'classic' ? wrapLike(loaded.wrapper, doc) : doc;
  if (loaded.wrapper && to === 'oas') io.stderr(`${file}: the Dashboard's api_definition wrapper is left out: a Tyk OAS definition stands alone\n`);
  io.stdout(serializeDefinition(wrapped, detectIndent(loaded.text)));
  for (const finding of unmapped) io.stderr(`${findingLine(finding)}\n`);
  return 0;
}
