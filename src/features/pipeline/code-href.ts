import type { MouseEvent } from 'react';
import { languageForPath } from '../../domain/source';
import { codeLink } from '../plugin-editor';

/**
 * Where a card's "Edit code" goes: the Code tab at the function, in its own file when that is a source file
 * the tab edits (a .so is built elsewhere, so only the name is passed). gRPC functions live on an external
 * server, so there is nothing to edit here.
 */
export function editCodeHref(apiId: string, driver: string, name: string, path: string): string | undefined {
  if (driver === 'grpc' || !apiId) return undefined;
  const file = path !== '' && languageForPath(path) !== undefined ? path : undefined;
  if (!name && !file) return undefined;
  return codeLink(apiId, { ...(file ? { file } : {}), ...(name ? { fn: name } : {}) });
}

/** Where a card's "Test" goes: the Code tab's Test panel of the function at `hook`, position `index`. */
export function testHref(apiId: string, driver: string, name: string, path: string, hook: string, index: number): string | undefined {
  if (!apiId || !name) return undefined;
  const file = driver !== 'grpc' && path !== '' && languageForPath(path) !== undefined ? path : undefined;
  return codeLink(apiId, { ...(file ? { file } : {}), fn: name, test: `${hook}:${index}` });
}

/** A plain click on an app link goes through the router; a modified one (new tab, window) is left to the browser. */
export function followInApp(event: MouseEvent<HTMLElement>, href: string, open: (href: string) => void): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  open(href);
}
