import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { HookKind } from '../../domain/pipeline/model';
import { DROP_HOOKS, HOOK_NAMES } from './hook-labels';

const small = 'rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs text-slate-800 hover:bg-slate-100';

interface Props {
  name: string;
  /** The hook it is in (left out of the list), if any. */
  current?: HookKind;
  /** Verb for the button and the items: "Move to" for functions in a hook, "Add to" for palette entries. */
  verb: 'Move to' | 'Add to';
  /** Extra targets (per-endpoint slots when an endpoint is picked). */
  extra?: readonly { key: string; label: string }[];
  onPick: (target: HookKind | string) => void;
}

/** A small disclosure menu of hooks: the keyboard's reliable way across hooks, without dragging. */
export function MoveToMenu({ name, current, verb, extra = [], onPick }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) list.current?.querySelector('button')?.focus();
  }, [open]);

  // The open list overflows its chain group, whose paint containment would clip it (`.chain-group` in
  // index.css): the group renders as usual while the list is open.
  useEffect(() => {
    const group = open ? list.current?.closest<HTMLElement>('.chain-group') : null;
    if (!group) return;
    group.dataset['menuOpen'] = '';
    return () => {
      delete group.dataset['menuOpen'];
    };
  }, [open]);

  const onItemKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };

  const pick = (target: string) => {
    setOpen(false);
    button.current?.focus();
    onPick(target);
  };

  return (
    <span className="relative inline-block">
      <button
        ref={button}
        type="button"
        className={small}
        aria-expanded={open}
        aria-controls={id}
        aria-label={`${verb === 'Move to' ? 'Move' : 'Add'} ${name} to…`}
        onClick={() => setOpen((value) => !value)}
      >
        {verb}…
      </button>
      {open && (
        <ul
          ref={list}
          id={id}
          aria-label={`${verb} for ${name}`}
          className="absolute z-20 mt-1 w-48 rounded border border-slate-300 bg-white p-1 shadow-lg"
        >
          {DROP_HOOKS.filter((hook) => hook !== current).map((hook) => (
            <li key={hook}>
              <button type="button" className="w-full rounded px-2 py-1 text-left text-sm hover:bg-indigo-50" onKeyDown={onItemKey} onClick={() => pick(hook)}>
                {HOOK_NAMES[hook]}
              </button>
            </li>
          ))}
          {extra.map((item) => (
            <li key={item.key}>
              <button type="button" className="w-full rounded px-2 py-1 text-left text-sm hover:bg-indigo-50" onKeyDown={onItemKey} onClick={() => pick(item.key)}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
