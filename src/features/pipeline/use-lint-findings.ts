import { useEffect, useState } from 'react';
import { lintDefinition } from '../../domain/rules';
import { sourceFindings } from '../../domain/source';
import type { PluginFiles } from '../../drafts/draft-types';
import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat, Finding, PluginModel } from '../../domain/pipeline/model';
import { definitionOffThread, isLarge } from '../../off-thread/definition-off-thread';
import type { GatewayProfile } from '../../domain/profile/profile';
import type { FindingsIndex } from './findings-index';
import type { BundleManifests } from '../../domain/bundle/running-model';
import { indexFindings } from './findings-index';

/** Said when a lint found more than a view can hold. */
function notShown(count: number): Finding {
  return {
    severity: 'info',
    code: 'findings-not-shown',
    message: `${count} more findings are not shown here; \`npm run cli -- lint\` on the exported file lists every one.`,
    path: [],
  };
}

export const NO_FINDINGS: FindingsIndex = { functions: new Map(), hooks: new Map(), other: [] };

type Idle = (callback: () => void, options?: { timeout: number }) => number;

/**
 * Lint findings for the draft, plus what its plugin files say about the functions it names (a name no file
 * defines, a hook of the wrong form: the Code tab's markers), worked out once the browser is idle after a
 * change, so neither the first paint nor a drop waits for them (they read the whole definition and the files).
 * A newer change cancels a pending run. A large definition is linted in a worker, so its run never holds the page.
 */
export function useLintFindings(
  doc: JsonObject,
  format: DefinitionFormat,
  /** The view's model of this very `doc` (usePluginModel): the run reuses it rather than reading the definition again. */
  model: PluginModel,
  profile: GatewayProfile | undefined,
  files: PluginFiles,
  /** Manifests of the bundles the API loads (the Code tab's own): their hooks are the ones judged. */
  bundles: BundleManifests = {},
): FindingsIndex {
  const [state, setState] = useState<{ findings: FindingsIndex }>({ findings: NO_FINDINGS });
  useEffect(() => {
    let cancelled = false;
    const worker = isLarge(doc) ? definitionOffThread() : undefined;
    if (worker) {
      // A large definition is linted in a worker; the files, few and small, here.
      void worker.lint(doc, format, profile, () => cancelled).then((result) => {
        if (!result || cancelled) return;
        const shown = result.total > result.findings.length ? [...result.findings, notShown(result.total - result.findings.length)] : result.findings;
        setState({ findings: indexFindings([...shown, ...sourceFindings(model, files)], model) });
      });
      return () => {
        cancelled = true;
      };
    }
    const run = () => {
      if (cancelled) return;
      const lint = lintDefinition(doc, format, { ...(profile ? { profile } : {}), bundleManifests: bundles });
      // Files are few and small; a source finding carries the function's JSON path, so it lands on its card.
      const findings = indexFindings([...lint, ...sourceFindings(model, files)], model);
      if (!cancelled) setState({ findings });
    };
    const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
    const handle = idle ? idle(run, { timeout: 400 }) : setTimeout(run, 30);
    return () => {
      cancelled = true;
      const cancelIdle = (globalThis as { cancelIdleCallback?: (handle: number) => void }).cancelIdleCallback;
      if (idle && cancelIdle) cancelIdle(handle as number);
      else clearTimeout(handle as ReturnType<typeof setTimeout>);
    };
  }, [doc, format, model, profile, files, bundles]);
  return state.findings;
}
