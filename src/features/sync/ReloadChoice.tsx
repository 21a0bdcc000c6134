import { useId } from 'react';
import type { ReloadTarget } from './push-steps';
import { getConnection } from '../../gateway/current-gateway';

interface Props {
  value: ReloadTarget;
  onChange: (target: ReloadTarget) => void;
  /** 'push' or 'delete': what the reload follows. */
  after: 'push' | 'delete';
}

/** Which nodes reload after the write: the gateway serves a change only from its next hot reload. */
export function ReloadChoice({ value, onChange, after }: Props) {
  const name = useId();
  const nodes = getConnection().nodes;
  if (nodes && nodes.length > 1) {
    // Each node keeps its own files: every node is written, then the whole group reloads; there is no choice.
    return (
      <p className="rounded border border-slate-200 p-2 text-sm">
        {after === 'push' ? 'Writes to' : 'Deletes from'} each of the {nodes.length} nodes ({nodes.map((node) => node.name).join(', ')}), then
        reloads the group, and reads every node back.
      </p>
    );
  }
  return (
    <fieldset className="rounded border border-slate-200 p-2 text-sm">
      <legend className="px-1 font-medium">Then reload</legend>
      <p className="mb-1 text-xs text-slate-600">
        The gateway {after === 'push' ? 'serves a change' : 'stops serving a deleted API'} only after a hot reload.
      </p>
      <div className="flex flex-wrap gap-4">
        <label className="flex items-center gap-2">
          <input type="radio" name={name} checked={value === 'node'} onChange={() => onChange('node')} />
          This node
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name={name} checked={value === 'group'} onChange={() => onChange('group')} />
          Every node of its group
        </label>
      </div>
    </fieldset>
  );
}
