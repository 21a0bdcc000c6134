import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { menuPosition, type MenuPosition } from './menu-position';
import './popover-menu.css';

export interface MenuItem {
  key: string;
  label: string;
  /** Items with the same group are listed together under its name. */
  group?: string;
  disabled?: boolean;
  danger?: boolean;
  /** A link (a plain click is still handed to `onSelect`, which may route it in the app). */
  href?: string;
  onSelect: (event: MouseEvent<HTMLElement>) => void;
}

interface Props {
  /** The button's accessible name ("Actions for AddHeader"). */
  label: string;
  /** What the button shows. */
  children: ReactNode;
  className?: string;
  /** Built when the menu opens, so a long list of buttons costs nothing until one is used. */
  items: () => readonly MenuItem[];
}

const ITEM = 'block w-full rounded px-2 py-1 text-left text-sm hover:bg-indigo-50';
const tone = (item: MenuItem) => (item.disabled ? 'cursor-not-allowed text-slate-500' : item.danger ? 'text-red-700' : 'text-slate-800');

/**
 * A menu button whose list opens over the page (in a portal, placed inside the window), so no scrolling or
 * clipping container cuts it off. Arrow keys, Home and End move through the items; Escape and Tab close it
 * and give the focus back to the button.
 */
export function PopoverMenu({ label, children, className = '', items }: Props) {
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<MenuPosition | null>(null);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const list = open ? items() : [];

  const close = (focusButton: boolean) => {
    setOpen(false);
    setPosition(null);
    if (focusButton) button.current?.focus();
  };

  // Placed beside its button when it opens, and again when the page scrolls or the window resizes under it.
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      if (!button.current || !menu.current) return;
      const size = menu.current.getBoundingClientRect();
      setPosition(menuPosition(button.current.getBoundingClientRect(), size, { width: window.innerWidth, height: window.innerHeight }));
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [open]);

  // Once placed (and so visible), the first item takes the focus.
  const placed = position !== null;
  useEffect(() => {
    if (placed) menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [placed]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [open]);

  function onMenuKey(event: KeyboardEvent<HTMLUListElement>) {
    const entries = Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? []);
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => entries[(index + entries.length) % entries.length]?.focus();
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(entries.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close(true);
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  const pick = (item: MenuItem) => (event: MouseEvent<HTMLElement>) => {
    if (item.disabled) return event.preventDefault();
    close(true);
    item.onSelect(event);
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        {children}
      </button>
      {open &&
        createPortal(
          <ul
            ref={menu}
            id={id}
            role="menu"
            aria-label={label}
            onKeyDown={onMenuKey}
            className="popover-menu"
            data-placing={position ? undefined : ''}
            style={position ? { top: position.top, left: position.left } : { top: 0, left: 0 }}
          >
            {groups(list).map(({ group, entries }) => {
              const rendered = entries.map((item) => (
                <li key={item.key} role="none">
                  {item.href ? (
                    <a role="menuitem" href={item.href} className={`${ITEM} ${tone(item)}`} onClick={pick(item)}>
                      {item.label}
                    </a>
                  ) : (
                    <button type="button" role="menuitem" aria-disabled={item.disabled || undefined} className={`${ITEM} ${tone(item)}`} onClick={pick(item)}>
                      {item.label}
                    </button>
                  )}
                </li>
              ));
              if (!group) return rendered;
              return (
                <li key={`group:${group}`} role="none" className="mt-1 border-t border-slate-200 pt-1">
                  <span aria-hidden="true" className="block px-2 text-xs font-medium text-slate-600">
                    {group}
                  </span>
                  <ul role="group" aria-label={group}>
                    {rendered}
                  </ul>
                </li>
              );
            })}
          </ul>,
          document.body,
        )}
    </>
  );
}

function groups(items: readonly MenuItem[]): { group: string | undefined; entries: MenuItem[] }[] {
  const out: { group: string | undefined; entries: MenuItem[] }[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last.group === item.group) last.entries.push(item);
    else out.push({ group: item.group, entries: [item] });
  }
  return out;
}
