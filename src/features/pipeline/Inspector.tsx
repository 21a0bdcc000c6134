import { useEffect, useRef } from 'react';
import type { ChainFunction } from '../../domain/chain';
import type { FunctionRef } from '../../domain/pipeline/edit-types';
import type { Finding, PluginFunction } from '../../domain/pipeline/model';
import { Badge } from '../../components/Badge';
import { PopoverMenu } from '../../components/PopoverMenu';
import { FunctionEditor } from './FunctionEditor';
import { FindingMarkers } from './FindingMarkers';
import { DROP_HOOKS, HOOK_NAMES } from './hook-labels';
import { INSPECTOR_ID } from './inspector-id';
import { usePipelineActions } from './pipeline-context';
import { followInApp } from './code-href';

interface Props {
  at: FunctionRef;
  fn: PluginFunction;
  count: number;
  driver: string;
  codeHref: string | undefined;
  /** The Test panel of this function (the Code tab's); none for the analytics plugin. */
  testHref: string | undefined;
  findings: readonly Finding[];
  /** On a trace or a picked endpoint: whether it runs for that request. */
  verdict: ChainFunction | undefined;
}

const BUTTON = 'rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-100 disabled:text-slate-500';
const SMALL = `${BUTTON} text-slate-800`;

/** The selected function: its fields (saved as one edit), its actions, what the lint and a trace say about it. */
export function Inspector({ at, fn, count, driver, codeHref, testHref, findings, verdict }: Props) {
  const actions = usePipelineActions();
  const heading = useRef<HTMLHeadingElement>(null);
  const name = fn.name || '(no name)';
  const hookName = HOOK_NAMES[at.hook];
  const source = { origin: 'hook', ref: at, fn: { name: fn.name } } as const;
  // A newly selected function: the focus follows it here, so the keyboard is where the fields are.
  useEffect(() => heading.current?.focus(), [at.hook, at.index]);

  return (
    <section id={INSPECTOR_ID} aria-labelledby="inspector-heading" className="space-y-3" data-testid="inspector">
      <div>
        <h3 id="inspector-heading" ref={heading} tabIndex={-1} className="break-words font-mono text-sm font-semibold text-slate-900">
          {name}
        </h3>
        <p className="text-xs text-slate-600">
          {hookName} hook, position {at.index + 1} of {count} · {driver || 'no driver'}
        </p>
        {verdict && (
          <p className="mt-1 text-xs text-slate-800">
            {verdict.runs ? <Badge tone="success">runs</Badge> : <Badge>skipped</Badge>} {verdict.runs ? '' : verdict.reason}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <label className="inline-flex items-center gap-1 text-xs text-slate-800">
          <input
            type="checkbox"
            checked={fn.enabled}
            aria-label={`${name} in ${hookName} enabled`}
            onChange={(event) =>
              actions.apply(
                { type: 'setEnabled', at, enabled: event.target.checked },
                `${event.target.checked ? 'Enable' : 'Disable'} ${name}`,
                `${name} in ${hookName} is now ${event.target.checked ? 'enabled' : 'disabled'}.`,
              )
            }
          />
          Enabled
        </label>
        {codeHref && (
          <a href={codeHref} className={SMALL} aria-label={`Edit code of ${name}`} onClick={(event) => followInApp(event, codeHref, actions.open)}>
            Edit code
          </a>
        )}
        {testHref && (
          <a href={testHref} className={SMALL} aria-label={`Test ${name} on a sample request`} onClick={(event) => followInApp(event, testHref, actions.open)}>
            Test
          </a>
        )}
        <button type="button" className={SMALL} disabled={at.index === 0} onClick={() => actions.drop(source, { kind: 'hook', hook: at.hook, index: at.index - 1 })} aria-label={`Move ${name} up`}>
          Up
        </button>
        <button type="button" className={SMALL} disabled={at.index >= count - 1} onClick={() => actions.drop(source, { kind: 'hook', hook: at.hook, index: at.index + 1 })} aria-label={`Move ${name} down`}>
          Down
        </button>
        <PopoverMenu
          label={`Move ${name} to…`}
          className={SMALL}
          items={() => DROP_HOOKS.filter((hook) => hook !== at.hook).map((hook) => ({ key: hook, label: HOOK_NAMES[hook], onSelect: () => actions.drop(source, { kind: 'hook', hook }) }))}
        >
          Move to…
        </PopoverMenu>
        <button
          type="button"
          className={`${BUTTON} text-red-700`}
          onClick={() => actions.apply({ type: 'detach', at }, `Remove ${name} from ${hookName}`, `Removed ${name} from ${hookName}.`)}
          aria-label={`Remove ${name} from ${hookName}`}
        >
          Remove
        </button>
      </div>
      <FunctionEditor key={`${at.hook}:${at.index}:${fn.name}:${fn.path}:${String(fn.requireSession)}:${String(fn.rawBodyOnly)}`} at={at} fn={fn} />
      {findings.length > 0 && <FindingMarkers findings={findings} subject={name} />}
    </section>
  );
}
