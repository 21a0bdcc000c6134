import type { JsonObject } from '../../json';
import { convertPlugins, type ConvertResult } from '../convert';

/** What the conversion tests share: each direction, a reader of nested values, and the reported paths. */
export const toOas = (doc: JsonObject) => convertPlugins(doc, 'classic', 'oas');
export const toClassic = (doc: JsonObject) => convertPlugins(doc, 'oas', 'classic');
export const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as JsonObject)[k] : undefined), value);
/** `x-tyk-api-gateway.server.authentication.<keys>` of a converted Tyk OAS definition. */
export const tyk = (doc: JsonObject, ...keys: string[]) => at(doc, 'x-tyk-api-gateway', 'server', 'authentication', ...keys);
/** The paths of what was reported as not converted, dotted. */
export const unmappedPaths = (result: ConvertResult) => result.unmapped.map((f) => f.path.join('.'));
