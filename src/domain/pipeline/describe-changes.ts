import { readPluginModel } from '../definition/read';
import { summarizeApi } from '../definition/summary';
import type { JsonObject } from '../json';
import { jsonEqual } from '../json';
import { HOOK_LABEL } from './driver-matrix';
import type { DefinitionFormat, EndpointPlugin, HookKind, PluginFunction, PluginModel } from './model';
import { HOOK_KINDS } from './model';

/**
 * What a push changes, in words a reviewer reads before the JSON diff: "Post hook: + AddCorrelationID at
 * position 1", "Driver: python to grpc". Read from both copies' plugin models (hooks, driver, custom auth,
 * bundles, config data, per-endpoint plugins) and their name and listen path; the rest is the diff's.
 */
export function describeChanges(before: JsonObject | null, after: JsonObject, format: DefinitionFormat): string[] {
  const next = readPluginModel(after, format);
  const now = summarizeApi(after, format);
  if (!before) {
    const functions = HOOK_KINDS.reduce((sum, hook) => sum + next.hooks[hook].functions.length, 0);
    return [`New API: ${now.name || now.id} on ${now.listenPath || '(no listen path)'}, ${plural(functions, 'plugin function')}`];
  }
  const previous = readPluginModel(before, format);
  const then = summarizeApi(before, format);
  const lines: string[] = [];
  if (then.name !== now.name) lines.push(`Name: ${quote(then.name)} to ${quote(now.name)}`);
  if (then.listenPath !== now.listenPath) lines.push(`Listen path: ${then.listenPath || '(none)'} to ${now.listenPath || '(none)'}`);
  if (previous.driver !== next.driver) lines.push(`Driver: ${previous.driver || '(none)'} to ${next.driver || '(none)'}`);
  if (previous.keyless !== next.keyless) lines.push(`Authentication: ${previous.keyless ? 'keyless' : 'required'} to ${next.keyless ? 'keyless' : 'required'}`);
  if (previous.customAuthEnabled !== next.customAuthEnabled) lines.push(`Custom auth: switched ${next.customAuthEnabled ? 'on' : 'off'}`);
  for (const hook of HOOK_KINDS) lines.push(...hookChanges(hook, previous.hooks[hook].functions, next.hooks[hook].functions));
  lines.push(...bundleChanges(previous, next), ...configDataChanges(previous, next));
  lines.push(...endpointChanges(previous.endpointPlugins, next.endpointPlugins));
  return lines;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const quote = (text: string) => JSON.stringify(text);

function hookChanges(hook: HookKind, before: readonly PluginFunction[], after: readonly PluginFunction[]): string[] {
  const label = `${HOOK_LABEL[hook]} hook`;
  const lines: string[] = [];
  const names = (list: readonly PluginFunction[]) => list.map((fn) => fn.name);
  const was = names(before);
  const is = names(after);
  after.forEach((fn, index) => {
    if (!was.includes(fn.name)) lines.push(`${label}: + ${fn.name} at position ${index + 1}`);
  });
  for (const fn of before) if (!is.includes(fn.name)) lines.push(`${label}: − ${fn.name}`);
  // Order among the functions on both sides: a move is said once, for each function whose place changed.
  const kept = is.filter((name) => was.includes(name));
  const keptBefore = was.filter((name) => is.includes(name));
  kept.forEach((name, index) => {
    if (keptBefore[index] !== name) lines.push(`${label}: ${name} moved to position ${is.indexOf(name) + 1}`);
  });
  for (const fn of after) {
    const old = before.find((item) => item.name === fn.name);
    if (!old) continue;
    if (old.enabled !== fn.enabled) lines.push(`${label}: ${fn.name} switched ${fn.enabled ? 'on' : 'off'}`);
    if (old.path !== fn.path) lines.push(`${label}: ${fn.name} file ${old.path || '(none)'} to ${fn.path || '(none)'}`);
    if (old.requireSession !== fn.requireSession) lines.push(`${label}: ${fn.name} ${fn.requireSession ? 'now gets' : 'no longer gets'} the session`);
    if (old.rawBodyOnly !== fn.rawBodyOnly) lines.push(`${label}: ${fn.name} ${fn.rawBodyOnly ? 'now gets' : 'no longer gets'} the raw body only`);
  }
  return lines;
}

function bundleChanges(before: PluginModel, after: PluginModel): string[] {
  const lines: string[] = [];
  const was = before.bundle.paths.join(', ');
  const is = after.bundle.paths.join(', ');
  if (was !== is) lines.push(`Bundle: ${was || '(none)'} to ${is || '(none)'}`);
  if (before.bundle.enabled !== after.bundle.enabled && is !== '') lines.push(`Bundle: switched ${after.bundle.enabled ? 'on' : 'off'}`);
  return lines;
}

function configDataChanges(before: PluginModel, after: PluginModel): string[] {
  const lines: string[] = [];
  if (before.configData.enabled !== after.configData.enabled) {
    lines.push(`Config data: ${after.configData.enabled ? 'passed to plugins' : 'no longer passed to plugins'}`);
  }
  if (!jsonEqual(before.configData.value, after.configData.value)) lines.push('Config data: its values changed');
  return lines;
}

function endpointKey(plugin: EndpointPlugin): string {
  const kind = plugin.kind === 'goPlugin' ? 'Per-endpoint Go plugin' : 'Virtual endpoint';
  return `${kind} on ${plugin.method.toUpperCase()} ${plugin.path}`;
}

function endpointChanges(before: readonly EndpointPlugin[], after: readonly EndpointPlugin[]): string[] {
  const lines: string[] = [];
  const id = (plugin: EndpointPlugin) => `${endpointKey(plugin)}\n${plugin.fn.name}`;
  const was = new Set(before.map(id));
  const is = new Set(after.map(id));
  for (const plugin of after) if (!was.has(id(plugin))) lines.push(`${endpointKey(plugin)}: + ${plugin.fn.name}`);
  for (const plugin of before) if (!is.has(id(plugin))) lines.push(`${endpointKey(plugin)}: − ${plugin.fn.name}`);
  return lines;
}
