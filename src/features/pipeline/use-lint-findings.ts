import { useEffect, useState } from 'react';
import { lintDefinition } from '../../domain/rules';
import { readPluginModel } from '../../domain/definition/read';
import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';
import type { GatewayProfile } from '../../domain/profile/profile';
import type { FindingsIndex } from './findings-index';
import { indexFindings } from './findings-index';

export const NO_FINDINGS: FindingsIndex = { functions: new Map(), hooks: new Map(), other: [] };

type Idle = (callback: () => void, options?: { timeout: number }) => number;

/**
 * Lint findings for the draft, worked out once the browser is idle after a change, so neither the first paint
 * nor a drop waits for the lint (it reads the whole definition). A newer change cancels a pending run.
 */
export function useLintFindings(doc: JsonObject, format: DefinitionFormat, profile: GatewayProfile | undefined): FindingsIndex {
  const [state, setState] = useState<{ doc: JsonObject | null; findings: FindingsIndex }>({ doc: null, findings: NO_FINDINGS });
  useEffect(() => {
    let cancelled = false;
    const run = () => {
      if (cancelled) return;
      const findings = indexFindings(lintDefinition(doc, format, profile ? { profile } : {}), readPluginModel(doc, format));
      if (!cancelled) setState({ doc, findings });
    };
    const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
    const handle = idle ? idle(run, { timeout: 400 }) : setTimeout(run, 30);
    return () => {
      cancelled = true;
      const cancelIdle = (globalThis as { cancelIdleCallback?: (handle: number) => void }).cancelIdleCallback;
      if (idle && cancelIdle) cancelIdle(handle as number);
      else clearTimeout(handle as ReturnType<typeof setTimeout>);
    };
  }, [doc, format, profile]);
  return state.findings;
}
