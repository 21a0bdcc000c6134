import * as z from 'zod/mini';
import { applyEdit, type PluginEdit } from '../../domain';
import type { JsonObject } from '../../domain/json';
import { isJsonObject } from '../../domain/json';
import type { DefinitionFormat, PluginModel } from '../../domain/pipeline/model';
import { DRIVERS } from '../../domain/pipeline/model';

function jsonObjectText(message: string, optional: boolean) {
  return z.string().check(
    z.superRefine((text, ctx) => {
      if (optional && text.trim() === '') return;
      try {
        if (!isJsonObject(JSON.parse(text))) ctx.addIssue({ code: 'custom', message });
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `Not valid JSON: ${(error as Error).message}` });
      }
    }),
  );
}

/** The plugin settings form: what a person types, checked before anything reaches the definition. */
export const pluginSettingsSchema = z.object({
  driver: z.enum(['', ...DRIVERS]),
  bundlePaths: z.string().check(
    z.refine((text) => !/\s/.test(text.replace(/,\s*/g, ',').trim()), {
      error: 'Separate bundle names with commas; a name has no spaces.',
    }),
  ),
  bundleEnabled: z.boolean(),
  configDataEnabled: z.boolean(),
  configData: jsonObjectText('Config data must be a JSON object, like {"key": "value"}.', false),
  customAuthEnabled: z.boolean(),
  idExtractor: jsonObjectText('The id extractor must be a JSON object, or empty for none.', true),
  analyticsName: z.string().check(z.trim()),
  analyticsPath: z.string().check(
    z.trim(),
    z.refine((path) => path === '' || path.endsWith('.so'), {
      error: 'The analytics plugin is always a compiled Go plugin: its path ends in .so.',
    }),
  ),
});

export type PluginSettingsValues = z.infer<typeof pluginSettingsSchema>;

export function settingsFromModel(model: PluginModel): PluginSettingsValues {
  const analytics = model.hooks.analytics.functions[0];
  return {
    driver: (DRIVERS as readonly string[]).includes(model.driver) ? (model.driver as PluginSettingsValues['driver']) : '',
    bundlePaths: model.bundle.paths.join(', '),
    bundleEnabled: model.bundle.enabled,
    configDataEnabled: model.configData.enabled,
    configData: JSON.stringify(model.configData.value, null, 2),
    customAuthEnabled: model.customAuthEnabled,
    idExtractor: model.idExtractor ? JSON.stringify(model.idExtractor, null, 2) : '',
    analyticsName: analytics?.name ?? '',
    analyticsPath: analytics?.path ?? '',
  };
}

/** The edits that turn the current settings into the form's, only for what changed. */
export function editsFor(before: PluginSettingsValues, after: PluginSettingsValues): PluginEdit[] {
  const edits: PluginEdit[] = [];
  if (after.driver !== before.driver) edits.push({ type: 'setDriver', driver: after.driver });
  const paths = after.bundlePaths
    .split(',')
    .map((path) => path.trim())
    .filter(Boolean);
  if (after.bundlePaths !== before.bundlePaths || after.bundleEnabled !== before.bundleEnabled) {
    edits.push({ type: 'setBundle', paths, enabled: after.bundleEnabled });
  }
  if (after.configData !== before.configData || after.configDataEnabled !== before.configDataEnabled) {
    edits.push({ type: 'setConfigData', enabled: after.configDataEnabled, value: JSON.parse(after.configData) as JsonObject });
  }
  if (after.customAuthEnabled !== before.customAuthEnabled) {
    edits.push({ type: 'setCustomAuthEnabled', enabled: after.customAuthEnabled });
  }
  if (after.idExtractor !== before.idExtractor) {
    edits.push({
      type: 'setIdExtractor',
      idExtractor: after.idExtractor.trim() === '' ? null : (JSON.parse(after.idExtractor) as JsonObject),
    });
  }
  const analyticsChanged = after.analyticsName !== before.analyticsName || after.analyticsPath !== before.analyticsPath;
  if (analyticsChanged) {
    const had = before.analyticsName !== '' || before.analyticsPath !== '';
    const wants = after.analyticsName !== '';
    const fields = { name: after.analyticsName, path: after.analyticsPath };
    if (had && wants) edits.push({ type: 'updateFunction', at: { hook: 'analytics', index: 0 }, fields });
    else if (had) edits.push({ type: 'detach', at: { hook: 'analytics', index: 0 } });
    else if (wants) edits.push({ type: 'attach', hook: 'analytics', fn: fields });
  }
  return edits;
}

export type SettingsResult = { ok: true; doc: JsonObject } | { ok: false; reason: string; field: keyof PluginSettingsValues };

const FIELD_OF: Partial<Record<PluginEdit['type'], keyof PluginSettingsValues>> = {
  setDriver: 'driver',
  setBundle: 'bundlePaths',
  setConfigData: 'configData',
  setCustomAuthEnabled: 'customAuthEnabled',
  setIdExtractor: 'idExtractor',
  attach: 'analyticsName',
  updateFunction: 'analyticsName',
  detach: 'analyticsName',
};

/** All the form's edits as one change: applied in order, or refused as a whole with the field to blame. */
export function applySettings(doc: JsonObject, format: DefinitionFormat, edits: PluginEdit[]): SettingsResult {
  let next = doc;
  for (const edit of edits) {
    const result = applyEdit(next, format, edit);
    if (!result.ok) return { ok: false, reason: result.reason, field: FIELD_OF[edit.type] ?? 'driver' };
    next = result.doc;
  }
  return { ok: true, doc: next };
}
