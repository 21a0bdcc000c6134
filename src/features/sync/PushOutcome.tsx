import { formatJsonPath, type JsonPath } from '../../domain/json';
import type { ReloadTarget } from './push-steps';

interface Props {
  action: 'added' | 'modified';
  target: ReloadTarget;
  changedOnLoad: readonly JsonPath[];
  afterTimeout: boolean;
  /** A cluster push that not every node took: said below node by node. */
  partial?: boolean;
}

/** What the gateway serves now, said once the push was read back after the reload. */
export function PushOutcome({ action, target, changedOnLoad, afterTimeout, partial = false }: Props) {
  const where = target === 'group' ? 'Every node of the group reloaded' : 'This node reloaded';
  return (
    <div className="space-y-2">
      {partial ? (
        <p role="status" className="text-amber-900">
          The group reloaded, but not every node serves your {action === 'added' ? 'new API' : 'change'}: see each node below.
        </p>
      ) : (
        <p role="status" className="text-emerald-800">
          {where} and serves your {action === 'added' ? 'new API' : 'change'}: the copy read back is now your draft’s base.
        </p>
      )}
      {afterTimeout && (
        <p className="text-sm text-slate-700">
          The gateway’s answer to the push was lost on the way, but reading the API back shows the push landed.
        </p>
      )}
      {changedOnLoad.length > 0 && (
        <div className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          <p>
            The gateway serves it with {changedOnLoad.length === 1 ? 'one difference' : `${changedOnLoad.length} differences`} from what
            you sent (it renames a listen path another API already serves, and drops fields it does not know). Your draft now holds the
            gateway’s copy:
          </p>
          <ul aria-label="What the gateway changed when it loaded the push" className="mt-1 list-inside list-disc">
            {changedOnLoad.map((path) => (
              <li key={formatJsonPath(path)}>
                <code className="font-mono text-xs">{formatJsonPath(path)}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
