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
