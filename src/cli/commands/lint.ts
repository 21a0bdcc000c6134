import { formatJsonPath } from '../../domain/json';
import type { Finding } from '../../domain/pipeline/model';
import { lintDefinition } from '../../domain/rules/lint';
import { duplicateKeyFindings } from '../../domain/definition/duplicate-keys';
import type { CliIo } from '../io';
import { loadDefinition } from '../load';
import type { ParsedArgs } from '../args';
import { readProfileOptions } from './profile-option';
import { bundlesFor, readBundleOptions } from './bundle-option';
import { readPluginModel } from '../../domain/definition/read';
import { DASHBOARD_KEY } from '../../domain/definition/dashboard-wrapper';

export function findingLine(finding: Finding): string {
  return `${finding.severity} ${finding.code} ${formatJsonPath(finding.path)} ${finding.message}`;
}

/** `lint [--profile FILE] [--bundle FILE|DIR]… FILE…`: findings per file as "severity code path message"; exit 1 on errors. */
export function lint(io: CliIo, files: readonly string[], args: ParsedArgs): number {
  if (files.length === 0) {
    io.stderr('lint: give at least one FILE\n');
    return 2;
  }
  const option = readProfileOptions(io, args);
  if ('error' in option) {
    io.stderr(`${option.error}\n`);
    return 2;
  }
  const given = readBundleOptions(io, args);
  if ('error' in given) {
    io.stderr(`${given.error}\n`);
    return 2;
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const file of files) {
    const loaded = loadDefinition(io, file);
    let findings: Finding[];
    if (loaded.ok) {
      const bundles = bundlesFor(readPluginModel(loaded.doc, loaded.format), given.bundles);
      for (const unused of bundles.unused) io.stderr(`${file}: --bundle ${unused} is not a bundle this definition loads\n`);
      const options = { ...(option.profile ? { profile: option.profile } : {}), bundleManifests: bundles.manifests };
      findings = [...duplicateKeyFindings(loaded.text), ...bundles.findings, ...lintDefinition(loaded.doc, loaded.format, options)];
      // Paths into the file: a Dashboard export holds the definition under api_definition.
      if (loaded.wrapper) findings = findings.map((f) => ({ ...f, path: [DASHBOARD_KEY, ...f.path] }));
    } else {
      findings = loaded.findings ?? [{ severity: 'error', code: 'not-a-definition', message: loaded.reason, path: [] }];
    }
    io.stdout(
      `# ${file}: ${findings.length ? `${findings.length} finding${findings.length === 1 ? '' : 's'}` : 'no findings'}\n`,
    );
    for (const finding of findings) {
      counts[finding.severity]++;
      io.stdout(`${findingLine(finding)}\n`);
    }
  }
  io.stdout(`${counts.error} errors, ${counts.warning} warnings, ${counts.info} info\n`);
  return counts.error > 0 ? 1 : 0;
}
