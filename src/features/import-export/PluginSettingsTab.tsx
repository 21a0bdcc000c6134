import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { readPluginModel } from '../../domain';
import { DRIVERS } from '../../domain/pipeline/model';
import type { DraftSession } from '../../drafts/draft-session';
import { useDraftState } from '../../drafts/use-draft';
import { Button } from '../../components/Button';
import { Field, inputClass } from '../../components/Field';
import {
  applySettings,
  editsFor,
  pluginSettingsSchema,
  settingsFromModel,
  type PluginSettingsValues,
} from './plugin-settings';

/** Driver, bundles, config data, custom auth and the analytics plugin of one API. */
export function PluginSettingsTab({ session }: { session: DraftSession }) {
  const { draft } = useDraftState(session);
  const current = useMemo(() => settingsFromModel(readPluginModel(draft.doc, draft.format)), [draft.doc, draft.format]);
  // `values` keeps the form in step when the definition changes elsewhere (undo, the pipeline, the JSON).
  const form = useForm<PluginSettingsValues>({ resolver: zodResolver(pluginSettingsSchema), values: current });
  const { errors, isDirty } = form.formState;
  const id = useId();
  const ids = (name: string) => `${id}-${name}`;

  const submit = form.handleSubmit((values) => {
    const edits = editsFor(current, values);
    if (edits.length === 0) return;
    const latest = session.getState().draft;
    const result = applySettings(latest.doc, latest.format, edits);
    if (!result.ok) {
      form.setError(result.field, { message: result.reason });
      return;
    }
    session.replaceDoc(result.doc, 'Change plugin settings');
  });

  return (
    <section aria-label="Plugin settings" className="max-w-2xl">
      <form noValidate onSubmit={submit}>
        <Field id={ids('driver')} label="Driver" error={errors.driver?.message} hint="One driver serves every hook of this API.">
          <select id={ids('driver')} className={inputClass} {...form.register('driver')}>
            <option value="">none</option>
            {DRIVERS.map((driver) => (
              <option key={driver} value={driver}>
                {driver}
              </option>
            ))}
          </select>
        </Field>

        <fieldset className="mb-4 rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">Bundle</legend>
          <Field
            id={ids('bundlePaths')}
            label="Bundle file name(s)"
            error={errors.bundlePaths?.message}
            hint="Comma-separated; the gateway downloads them from its bundle_base_url and merges them in order."
          >
            <input id={ids('bundlePaths')} className={inputClass} aria-invalid={!!errors.bundlePaths} {...form.register('bundlePaths')} />
          </Field>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" {...form.register('bundleEnabled')} /> Bundle enabled
          </label>
        </fieldset>

        <fieldset className="mb-4 rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">Config data</legend>
          <label className="mb-2 flex items-center gap-2 text-sm">
            <input type="checkbox" {...form.register('configDataEnabled')} /> Pass config data to plugins
          </label>
          <Field id={ids('configData')} label="Config data (JSON object)" error={errors.configData?.message}>
            <textarea
              id={ids('configData')}
              rows={5}
              spellCheck={false}
              className={`${inputClass} font-mono text-xs`}
              aria-invalid={!!errors.configData}
              {...form.register('configData')}
            />
          </Field>
        </fieldset>

        <fieldset className="mb-4 rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">Custom authentication</legend>
          <label className="mb-2 flex items-center gap-2 text-sm">
            <input type="checkbox" {...form.register('customAuthEnabled')} /> Custom auth plugin enabled
          </label>
          {errors.customAuthEnabled && (
            <p role="alert" className="mb-2 text-sm text-red-700">
              {errors.customAuthEnabled.message}
            </p>
          )}
          <Field
            id={ids('idExtractor')}
            label="ID extractor (JSON, co-process drivers only)"
            error={errors.idExtractor?.message}
            hint='For example {"extract_from": "header", "extract_with": "value", "extractor_config": {"header_name": "Authorization"}}; empty for none.'
          >
            <textarea
              id={ids('idExtractor')}
              rows={4}
              spellCheck={false}
              className={`${inputClass} font-mono text-xs`}
              aria-invalid={!!errors.idExtractor}
              {...form.register('idExtractor')}
            />
          </Field>
        </fieldset>

        <fieldset className="mb-4 rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">Analytics plugin</legend>
          <Field id={ids('analyticsName')} label="Function name" error={errors.analyticsName?.message} hint="Empty for none.">
            <input id={ids('analyticsName')} className={inputClass} aria-invalid={!!errors.analyticsName} {...form.register('analyticsName')} />
          </Field>
          <Field id={ids('analyticsPath')} label="Plugin path (.so)" error={errors.analyticsPath?.message}>
            <input id={ids('analyticsPath')} className={inputClass} aria-invalid={!!errors.analyticsPath} {...form.register('analyticsPath')} />
          </Field>
        </fieldset>

        <div className="flex gap-2">
          <Button type="submit" variant="primary" disabled={!isDirty}>
            Apply settings
          </Button>
          <Button onClick={() => form.reset(current)} disabled={!isDirty}>
            Revert
          </Button>
        </div>
      </form>
    </section>
  );
}
