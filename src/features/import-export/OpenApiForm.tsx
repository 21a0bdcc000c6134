import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { listenPathProblem, upstreamUrlProblem } from '../../domain/create';
import { openApiImportDefaults, tykOasFromOpenApi } from '../../domain/import';
import type { JsonObject } from '../../domain/json';
import { Button } from '../../components/Button';
import { Field, inputClass } from '../../components/Field';

const schema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, { error: 'Enter a name for the API.' })),
  listenPath: z.string().check(
    z.superRefine((value, ctx) => {
      const problem = listenPathProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  ),
  upstreamUrl: z.string().check(
    z.superRefine((value, ctx) => {
      const problem = upstreamUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  ),
});
type Values = z.infer<typeof schema>;

/** A plain OpenAPI document becomes a Tyk OAS API once it has a listen path and an upstream. */
export function OpenApiForm({ doc, onSubmit }: { doc: JsonObject; onSubmit: (doc: JsonObject) => void }) {
  const ids = { name: useId(), listenPath: useId(), upstreamUrl: useId() };
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: openApiImportDefaults(doc) });
  const { errors } = form.formState;
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => onSubmit(tykOasFromOpenApi(doc, values)))}
      className="rounded border border-indigo-200 bg-indigo-50 p-3"
    >
      <p className="mb-2 text-sm">
        This is a plain OpenAPI 3 document. Make a Tyk OAS API from it: the gateway needs a listen path and the
        upstream it forwards to.
      </p>
      <Field id={ids.name} label="Name" error={errors.name?.message}>
        <input id={ids.name} className={inputClass} aria-invalid={!!errors.name} {...form.register('name')} />
      </Field>
      <Field id={ids.listenPath} label="Listen path" error={errors.listenPath?.message}>
        <input id={ids.listenPath} className={inputClass} aria-invalid={!!errors.listenPath} {...form.register('listenPath')} />
      </Field>
      <Field id={ids.upstreamUrl} label="Upstream URL" error={errors.upstreamUrl?.message}>
        <input id={ids.upstreamUrl} className={inputClass} aria-invalid={!!errors.upstreamUrl} {...form.register('upstreamUrl')} />
      </Field>
      <Button type="submit" variant="primary">
        Create Tyk OAS API
      </Button>
    </form>
  );
}
