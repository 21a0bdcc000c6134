import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { detectDefinition } from '../definition/detect';
import { isJsonObject, type JsonObject } from '../json';
import type { DefinitionFormat } from '../pipeline/model';

/**
 * A whole gateway's APIs as a folder in tyk-sync's layout, so the files can live in git and be published with
 * `tyk-sync publish/sync`: `.tyk.json` indexes the files (`{"type": "apidef", "files": [{"file": …}]}`),
 * Classic APIs are `api-<id>.json` holding `{"api_definition": …}`, Tyk OAS ones `oas-<id>.json` holding
 * `{"oas": …}` (tyk-sync's cmd/dump.go and tyk-vcs/spec.go).
 */

export const INDEX_FILE = '.tyk.json';

export interface FolderApi {
  id: string;
  format: DefinitionFormat;
  doc: JsonObject;
}

/** A file name from an id: ids come from definitions (untrusted), so only a safe alphabet reaches a path. */
export function fileNameOf(api: Pick<FolderApi, 'id' | 'format'>): string {
  const safe = api.id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || 'unnamed';
  return `${api.format === 'oas' ? 'oas' : 'api'}-${safe}.json`;
}

/** The folder's files, path to text: one file per API (ids sorted, so an export diffs well in git) and the index. */
export function gatewayFolder(apis: readonly FolderApi[]): Record<string, string> {
  const files: Record<string, string> = {};
  const index: { file: string }[] = [];
  const taken = new Set<string>();
  for (const api of [...apis].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    let name = fileNameOf(api);
    // Two ids that differ only in characters a path cannot hold would meet in one file.
    for (let n = 2; taken.has(name); n += 1) name = fileNameOf({ ...api, id: `${api.id}-${n}` });
    taken.add(name);
    files[name] = `${JSON.stringify(api.format === 'oas' ? { oas: api.doc } : { api_definition: api.doc }, null, 2)}\n`;
    index.push({ file: name });
  }
  files[INDEX_FILE] = `${JSON.stringify({ type: 'apidef', files: index, policies: [], assets: [] }, null, 2)}\n`;
  return files;
}

export interface FolderReading {
  apis: FolderApi[];
  /** Files the index names that are missing or not definitions, in words; the rest is still read. */
  problems: string[];
}

/** Read a folder back: the files `.tyk.json` names, wrapped as tyk-sync writes them or bare definitions. */
export function readGatewayFolder(files: Readonly<Record<string, string>>): FolderReading {
  const indexText = files[INDEX_FILE];
  if (indexText === undefined) return { apis: [], problems: [`No ${INDEX_FILE} at the top of the folder: it is the index tyk-sync writes and reads.`] };
  let index: unknown;
  try {
    index = JSON.parse(indexText);
  } catch {
    return { apis: [], problems: [`${INDEX_FILE} is not JSON.`] };
  }
  if (!isJsonObject(index) || !Array.isArray(index.files)) return { apis: [], problems: [`${INDEX_FILE} has no "files" list.`] };
  const apis: FolderApi[] = [];
  const problems: string[] = [];
  for (const entry of index.files) {
    const name = isJsonObject(entry) && typeof entry.file === 'string' ? entry.file : undefined;
    if (!name) {
      problems.push(`${INDEX_FILE} lists an entry without a "file".`);
      continue;
    }
    const text = files[name];
    if (text === undefined) {
      problems.push(`${name} is listed in ${INDEX_FILE} but not in the folder.`);
      continue;
    }
    const api = readApiFile(name, text);
    if (typeof api === 'string') problems.push(api);
    else apis.push({ ...api, id: isJsonObject(entry) && typeof entry.api_id === 'string' && entry.api_id !== '' ? entry.api_id : api.id });
  }
  return { apis, problems };
}

function readApiFile(name: string, text: string): FolderApi | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `${name} is not JSON.`;
  }
  const inner = isJsonObject(json) && isJsonObject(json.oas) && json.openapi === undefined ? json.oas : json;
  const found = detectDefinition(inner);
  if (found.kind !== 'classic' && found.kind !== 'oas') return `${name} is not a Tyk API definition.`;
  const id = found.kind === 'classic' ? found.doc.api_id : (found.doc['x-tyk-api-gateway'] as JsonObject | undefined)?.info;
  const apiId = typeof id === 'string' ? id : isJsonObject(id) && typeof id.id === 'string' ? id.id : '';
  if (!apiId) return `${name} has no API id.`;
  return { id: apiId, format: found.kind, doc: found.doc };
}

/** The folder as a zip (a fixed date, so the same gateway gives the same bytes). */
export function gatewayZip(apis: readonly FolderApi[]): Uint8Array {
  const entries: Zippable = {};
  for (const [name, text] of Object.entries(gatewayFolder(apis))) entries[name] = strToU8(text);
  return zipSync(entries, { level: 6, mtime: new Date(1980, 0, 1) });
}

const MAX_ZIP_BYTES = 100 * 1024 * 1024;

/**
 * Read a zip of such a folder, at its root or inside one top folder (as git hosts' downloads are). Never
 * throws; paths that leave the folder are refused.
 */
export function readGatewayZip(bytes: Uint8Array): FolderReading {
  let entries: Record<string, Uint8Array>;
  let declared = 0;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        return declared <= MAX_ZIP_BYTES && !file.name.split(/[\\/]/).includes('..') && !/^([a-zA-Z]:)?[\\/]/.test(file.name);
      },
    });
  } catch (error) {
    return { apis: [], problems: [`The zip cannot be read (${error instanceof Error ? error.message : 'damaged archive'}).`] };
  }
  if (declared > MAX_ZIP_BYTES) return { apis: [], problems: ['The zip unpacks to more than 100 MB.'] };
  const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
  const top = names.find((name) => name === INDEX_FILE || name.endsWith(`/${INDEX_FILE}`));
  const prefix = top ? top.slice(0, top.length - INDEX_FILE.length) : '';
  const files: Record<string, string> = {};
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    try {
      files[name.slice(prefix.length)] = strFromU8(entries[name] as Uint8Array);
    } catch {
      // A binary file is no definition; the index names what matters.
    }
  }
  return readGatewayFolder(files);
}
