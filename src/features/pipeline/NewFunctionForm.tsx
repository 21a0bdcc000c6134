import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import type { FunctionInput } from '../../domain/pipeline/edit-types';
import { Button } from '../../components/Button';

export const newFunctionSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Give the function a name: the gateway looks it up by name.'),
      z.regex(/^[A-Za-z_$][\w$]*$/, 'Use letters, digits and _ only, not starting with a digit: it must match the function in the code.'),
    ),
  path: z.string().check(z.trim(), z.maxLength(1000, 'That path is too long.')),
});

type Values = z.infer<typeof newFunctionSchema>;

/** "New function…": a name and a file, added to the palette to be dragged onto a hook. */
export function NewFunctionForm({ onCreate }: { onCreate: (fn: FunctionInput) => void }) {
  const [open, setOpen] = useState(false);
  const { register, handleSubmit, reset, formState } = useForm<Values>({
    resolver: zodResolver(newFunctionSchema),
    defaultValues: { name: '', path: '' },
  });
  if (!open) {
    return (
      <Button className="w-full justify-center" onClick={() => setOpen(true)}>
        New function…
      </Button>
    );
  }
  const submit = handleSubmit((values) => {
    onCreate({ name: values.name, path: values.path });
    reset();
    setOpen(false);
  });
  return (
    <form aria-label="New function" className="space-y-2 rounded border border-slate-300 bg-white p-2" onSubmit={(event) => void submit(event)} noValidate>
      <div>
        <label htmlFor="new-fn-name" className="block text-xs font-medium text-slate-700">
          Function name
        </label>
        <input
          id="new-fn-name"
          className="w-full rounded border border-slate-300 px-2 py-1 font-mono text-sm"
          aria-invalid={formState.errors.name ? true : undefined}
          aria-describedby={formState.errors.name ? 'new-fn-name-error' : undefined}
          {...register('name')}
        />
        {formState.errors.name && (
          <p id="new-fn-name-error" className="text-xs text-red-700">
            {formState.errors.name.message}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="new-fn-path" className="block text-xs font-medium text-slate-700">
          File (path)
        </label>
        <input id="new-fn-path" className="w-full rounded border border-slate-300 px-2 py-1 font-mono text-sm" placeholder="/opt/tyk/plugins/my.so" {...register('path')} />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="primary">
          Add to palette
        </Button>
        <Button
          variant="ghost"
          onClick={() => {
            reset();
            setOpen(false);
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
