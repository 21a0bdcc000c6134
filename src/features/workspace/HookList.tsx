import { useMemo } from 'react';
import { readPluginModel } from '../../domain';
import { HOOK_KINDS, type HookKind } from '../../domain/pipeline/model';
import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';
import { Badge } from '../../components/Badge';

export const HOOK_LABELS: Record<HookKind, string> = {
  pre: 'Pre',
  auth: 'Custom auth',
  postAuth: 'Post-auth',
  post: 'Post',
  response: 'Response',
  analytics: 'Analytics',
};

/** The definition's plugin hooks in lifecycle order, as a plain list a screen reader can walk. */
export function HookList({ doc, format }: { doc: JsonObject; format: DefinitionFormat }) {
  const model = useMemo(() => readPluginModel(doc, format), [doc, format]);
  return (
    <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
      {HOOK_KINDS.map((hook) => {
        const functions = model.hooks[hook].functions;
        return (
          <section key={hook} aria-label={`${HOOK_LABELS[hook]} hook`} className="rounded border border-slate-200 bg-white p-3">
            <h3 className="font-medium">
              {HOOK_LABELS[hook]} <span className="text-sm text-slate-500">({functions.length})</span>
            </h3>
            {functions.length === 0 ? (
              <p className="mt-1 text-sm text-slate-500">No functions.</p>
            ) : (
              <ol className="mt-1 space-y-1">
                {functions.map((fn, index) => (
                  <li key={`${fn.name}-${index}`} className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="font-mono">{fn.name || '(no name)'}</span>
                    {fn.path && <span className="font-mono text-xs text-slate-500">{fn.path}</span>}
                    {!fn.enabled && <Badge tone="warning">disabled</Badge>}
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
      {model.endpointPlugins.length > 0 && (
        <section aria-label="Per-endpoint plugins" className="rounded border border-slate-200 bg-white p-3">
          <h3 className="font-medium">Per-endpoint plugins ({model.endpointPlugins.length})</h3>
          <ul className="mt-1 space-y-1">
            {model.endpointPlugins.map((plugin, index) => (
              <li key={index} className="text-sm">
                <span className="font-mono">
                  {plugin.method} {plugin.path}
                </span>{' '}
                → <span className="font-mono">{plugin.fn.name}</span>{' '}
                <Badge>{plugin.kind === 'virtual' ? 'virtual endpoint' : 'Go plugin'}</Badge>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
