import type { HookKind } from '../../domain/pipeline/model';
import { HOOK_NAMES } from './hook-labels';
import { MoveToMenu } from './MoveToMenu';
import { followInApp } from './code-href';
import { usePipelineActions } from './pipeline-context';

const small = 'rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs text-slate-800 hover:bg-slate-100 disabled:text-slate-500';

interface Props {
  hook: HookKind;
  index: number;
  count: number;
  name: string;
  enabled: boolean;
  /** The Code tab at this function; none for gRPC functions. */
  codeHref?: string | undefined;
  /** The Test panel of this function; none for the analytics plugin. */
  testHref?: string | undefined;
}

/** The non-drag twin of every drag: move up/down, move to another hook, enable, edit, remove. */
export function FunctionActions({ hook, index, count, name, enabled, codeHref, testHref }: Props) {
  const actions = usePipelineActions();
  const at = { hook, index };
  const hookName = HOOK_NAMES[hook];
  const move = (toIndex: number) =>
    actions.drop({ origin: 'hook', ref: at, fn: { name } }, { kind: 'hook', hook, index: toIndex });

  return (
    <div className="mt-1 flex flex-wrap items-center gap-1">
      <button type="button" className={small} disabled={index === 0} onClick={() => move(index - 1)} aria-label={`Move ${name} up`}>
        ↑
      </button>
      <button type="button" className={small} disabled={index >= count - 1} onClick={() => move(index + 1)} aria-label={`Move ${name} down`}>
        ↓
      </button>
      <MoveToMenu
        name={name}
        current={hook}
        verb="Move to"
        onPick={(to) => actions.drop({ origin: 'hook', ref: at, fn: { name } }, { kind: 'hook', hook: to as HookKind })}
      />
      <label className="inline-flex items-center gap-1 text-xs text-slate-700">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) =>
            actions.apply(
              { type: 'setEnabled', at, enabled: event.target.checked },
              `${event.target.checked ? 'Enable' : 'Disable'} ${name}`,
              `${name} in ${hookName} is now ${event.target.checked ? 'enabled' : 'disabled'}.`,
            )
          }
          aria-label={`${name} in ${hookName} enabled`}
        />
        on
      </label>
      <button type="button" className={small} onClick={() => actions.select(at)} aria-label={`Edit ${name}`}>
        Edit
      </button>
      {codeHref && (
        // A plain link (a router Link per card costs the 200-function pipeline its render budget): a plain
        // click goes through the router, a modified one opens a new tab as any link does.
        <a href={codeHref} className={small} aria-label={`Edit code of ${name}`} onClick={(event) => followInApp(event, codeHref, actions.open)}>
          Edit code
        </a>
      )}
      {testHref && (
        <a href={testHref} className={small} aria-label={`Test ${name} on a sample request`} onClick={(event) => followInApp(event, testHref, actions.open)}>
          Test
        </a>
      )}
      <button
        type="button"
        className={`${small} text-red-700`}
        onClick={() => actions.apply({ type: 'detach', at }, `Remove ${name} from ${hookName}`, `Removed ${name} from ${hookName}.`)}
        aria-label={`Remove ${name} from ${hookName}`}
      >
        Remove
      </button>
    </div>
  );
}
