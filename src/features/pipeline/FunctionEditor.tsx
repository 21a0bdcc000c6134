import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import type { FunctionRef } from '../../domain/pipeline/edit-types';
import type { PluginFunction } from '../../domain/pipeline/model';
import { Button } from '../../components/Button';
import { usePipelineActions } from './pipeline-context';
import type { RenamePlan } from './rename-plan';
import { RenamePrompt } from './RenamePrompt';

export const functionFieldsSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'A function needs a name: the gateway looks it up by name.'),
      z.regex(/^\S+$/, 'No spaces: the name must match the function in the code exactly.'),
    ),
  path: z.string().check(z.trim(), z.maxLength(1000, 'That path is too long.')),
  requireSession: z.boolean(),
  rawBodyOnly: z.boolean(),
});

type Values = z.infer<typeof functionFieldsSchema>;

/** The inspector's form: a function's fields, saved as one edit (one undo step). */
export function FunctionEditor({ at, fn }: { at: FunctionRef; fn: PluginFunction }) {
  const actions = usePipelineActions();
  const { register, handleSubmit, formState, setError } = useForm<Values>({
    resolver: zodResolver(functionFieldsSchema),
    defaultValues: { name: fn.name, path: fn.path, requireSession: fn.requireSession, rawBodyOnly: fn.rawBodyOnly },
  });
  // A new name for a function the plugin files define: ask before saving, so both renames are one undo step.
  const [pending, setPending] = useState<{ values: Values; plan: RenamePlan } | null>(null);
  const refused = () => setError('root', { message: 'The gateway would refuse this: see the message above. Nothing changed.' });
  const save = (values: Values) => {
    if (!actions.apply({ type: 'updateFunction', at, fields: values }, `Edit ${values.name}`, `Saved ${values.name}.`)) refused();
  };
  const submit = handleSubmit((values) => {
    const plan = actions.planRename(fn.name, values.name);
    if (plan) setPending({ values, plan });
    else save(values);
  });
  const renameInFilesToo = ({ values }: { values: Values }) => {
    // The files as they are now (the plan was made a moment ago, but they may have changed since).
    setPending(null);
    const plan = actions.planRename(fn.name, values.name);
    if (!plan) return save(values);
    const n = plan.changed.length;
    const left = plan.refused.length > 0 ? ` ${plan.refused.map((file) => `${file.path} stays as it is: ${file.reason}`).join(' ')}` : '';
    const ok = actions.applyWithFiles(
      { type: 'updateFunction', at, fields: values },
      plan.files,
      `Rename ${fn.name} to ${values.name} in the definition and files`,
      `Saved ${values.name}, renamed in ${n} file${n === 1 ? '' : 's'} too.${left}`,
    );
    if (!ok) refused();
  };
  const errors = formState.errors;
  return (
    <form aria-label={`Edit ${fn.name || 'function'}`} className="space-y-2 border-t border-slate-200 pt-2" onSubmit={(event) => void submit(event)} noValidate>
      <div>
        <label htmlFor="fn-edit-name" className="block text-xs font-medium text-slate-700">
          Function name
        </label>
        <input
          id="fn-edit-name"
          className="w-full rounded border border-slate-300 px-2 py-1 font-mono text-sm"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? 'fn-edit-name-error' : undefined}
          {...register('name')}
        />
        {errors.name && (
          <p id="fn-edit-name-error" className="text-xs text-red-700">
            {errors.name.message}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="fn-edit-path" className="block text-xs font-medium text-slate-700">
          File (path)
        </label>
        <input
          id="fn-edit-path"
          className="w-full rounded border border-slate-300 px-2 py-1 font-mono text-sm"
          aria-invalid={errors.path ? true : undefined}
          {...register('path')}
        />
        {errors.path && <p className="text-xs text-red-700">{errors.path.message}</p>}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register('requireSession')} /> Requires the session
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register('rawBodyOnly')} /> Raw body only
      </label>
      {errors.root && (
        <p role="alert" className="text-xs text-red-700">
          {errors.root.message}
        </p>
      )}
      {pending ? (
        <RenamePrompt
          plan={pending.plan}
          onRename={() => renameInFilesToo(pending)}
          onNameOnly={() => {
            setPending(null);
            save(pending.values);
          }}
          onBack={() => setPending(null)}
        />
      ) : (
        <div className="flex gap-2">
          <Button type="submit" variant="primary">
            Save
          </Button>
          <Button variant="ghost" onClick={() => actions.select(null)}>
            Close
          </Button>
        </div>
      )}
    </form>
  );
}
