import type { ChainBundle } from '../../domain/chain';
import { codeLink } from '../plugin-editor';
import { followInApp } from './code-href';
import { usePipelineActions } from './pipeline-context';

interface Props {
  apiId: string;
  bundle: ChainBundle;
  /** The definition's own functions listed below (replaced by the bundle unless they are its very hooks). */
  own: number;
}

/**
 * Where a hook's functions come from when the API loads a bundle (the gateway replaces the definition's hooks
 * with the manifest's): the Code tab's bundle, a bundle not opened here, or a manifest with other functions.
 */
export function BundleNote({ apiId, bundle, own }: Props) {
  const actions = usePipelineActions();
  const names = bundle.names.join(', ');
  const href = codeLink(apiId);
  if (bundle.sameAsDefinition) {
    return <p className="text-xs text-slate-700">Loaded from {names}: the Code tab’s bundle carries these functions in its manifest.</p>;
  }
  const replaced = own > 0 ? ' The functions below are the definition’s own: the bundle replaces them, so they never run.' : '';
  if (!bundle.read) {
    return (
      <p className="rounded border border-sky-200 bg-sky-50 px-2 py-1 text-xs text-sky-950" data-testid="bundle-unread">
        <a href={href} className="font-medium text-indigo-800 underline" onClick={(event) => followInApp(event, href, actions.open)}>
          Open {names} in the Code tab
        </a>{' '}
        with Import bundle.{replaced}
      </p>
    );
  }
  return (
    <div className="rounded border border-sky-200 bg-sky-50 px-2 py-1 text-xs text-sky-950">
      <p>From {names}, the functions that run:{replaced}</p>
      <ol aria-label={`Functions from ${names}, in the order they run`} className="mt-1 space-y-0.5">
        {bundle.functions.map((item, index) => (
          <li key={index} className="font-mono">
            {item.fn.name || '(no name)'} {item.fn.path && <span className="text-slate-600">({item.fn.path})</span>}:{' '}
            <span className="font-sans">{item.reason}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
