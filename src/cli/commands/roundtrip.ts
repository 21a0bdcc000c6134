import { readPluginModel } from '../../domain/definition/read';
import { detectIndent, serializeDefinition } from '../../domain/definition/serialize';
import { parseJsonText } from '../../domain/definition/parse-json';
import type { JsonValue } from '../../domain/json';
import type { CliIo } from '../io';
import { loadFile } from '../load';
import { firstDifference } from './compare';
import { impreciseIntegers } from './number-precision';

/**
 * `roundtrip FILE…`: read each file, write it back with no edits, parse the output and compare it with the
 * input, content and key order. Files that are JSON but not Tyk definitions are compared as plain JSON.
 */
export function roundtrip(io: CliIo, files: readonly string[]): number {
  if (files.length === 0) {
    io.stderr('roundtrip: give at least one FILE\n');
    return 2;
  }
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const reason = roundtripOne(io, file);
    if (reason === undefined) {
      passed++;
      io.stdout(`ok  ${file}\n`);
    } else {
      failed++;
      io.stdout(`FAIL ${file}: ${reason}\n`);
    }
  }
  io.stdout(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

function roundtripOne(io: CliIo, file: string): string | undefined {
  const loaded = loadFile(io, file);
  if (!loaded.ok) return loaded.reason;
  const { detection, text, value } = loaded;
  try {
    if (detection.kind === 'classic' || detection.kind === 'oas')
      readPluginModel(detection.doc, detection.kind);
    else if (detection.kind === 'invalid') {
      io.stderr(
        `${file}: not a Tyk definition (${detection.findings[0]?.message ?? 'unknown'}); compared as plain JSON\n`,
      );
    }
    const imprecise = impreciseIntegers(text);
    if (imprecise.length) return `integer ${imprecise[0]} cannot be kept exactly (beyond 2^53)`;
    const written = serializeDefinition(value as JsonValue, detectIndent(text));
    const reparsed = parseJsonText(written);
    if (!reparsed.ok) return `the written text is not JSON: ${reparsed.message}`;
    return firstDifference(value, reparsed.value);
  } catch (error) {
    return `reading or writing threw: ${error instanceof Error ? error.message : String(error)}`;
  }
}
