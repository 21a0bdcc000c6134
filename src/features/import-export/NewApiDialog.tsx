import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  AUTH_CHOICES,
  DRIVER_CHOICES,
  createDefinition,
  newApiSchema,
  type NewApiFormValues,
  type NewApiInput,
} from '../../domain/create';
import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';
import { normaliseListenPath } from '../../domain/create';
import { apisServing } from '../../domain/rules/listen-path-clash';
import { useApis } from '../../gateway/queries';
import { Dialog } from '../../components/Dialog';
import { Button } from '../../components/Button';
import { Field, inputClass } from '../../components/Field';

const DRIVER_LABELS: Record<(typeof DRIVER_CHOICES)[number], string> = {
  goplugin: 'Go plugin (goplugin)',
  python: 'Python (python)',
  lua: 'Lua (lua, custom gateway builds only)',
  grpc: 'gRPC server (grpc)',
  otto: 'JavaScript, otto engine (otto)',
  javascript: 'JavaScript, goja engine (javascript)',
  none: 'No plugins yet',
};

const AUTH_LABELS: Record<(typeof AUTH_CHOICES)[number], string> = {
  keyless: 'Keyless: anyone may call it',
  authToken: 'Auth token (the Authorization header)',
  customPlugin: 'Custom auth plugin (a function of the plugin driver)',
  jwt: 'JWT (RSA-signed, from the Authorization header)',
};

export interface NewApiDialogProps {
  open: boolean;
  onClose: () => void;
  onCreate: (doc: JsonObject, format: DefinitionFormat) => Promise<void>;
}

/** The shortest way to a definition the gateway accepts: format, name, listen path, upstream, driver. */
export function NewApiDialog({ open, onClose, onCreate }: NewApiDialogProps) {
  const ids = { format: useId(), name: useId(), listenPath: useId(), upstreamUrl: useId(), driver: useId(), auth: useId() };
  const form = useForm<NewApiFormValues, unknown, NewApiInput>({
    resolver: zodResolver(newApiSchema),
    defaultValues: { format: 'oas', name: '', listenPath: '/', upstreamUrl: 'http://', driver: 'goplugin', auth: 'keyless' },
  });
  const { errors, isSubmitting } = form.formState;
  // Checked as it is typed, against the APIs the gateway serves: a taken path is served elsewhere after a reload.
  const apis = useApis();
  const typedPath = useWatch({ control: form.control, name: 'listenPath' });
  const taken = typedPath && typedPath.trim() !== '/' ? apisServing(normaliseListenPath(typedPath), apis.data ?? []) : [];
  const clash = taken[0]
    ? `${taken[0].name} (${taken[0].id}) already serves ${normaliseListenPath(typedPath)}: the gateway would serve this API at ${normaliseListenPath(typedPath)}-<its id> instead. Choose another listen path.`
    : undefined;

  return (
    <Dialog open={open} title="New API" onClose={onClose}>
      <form
        noValidate
        onSubmit={form.handleSubmit(async (input) => {
          if (clash) return;
          await onCreate(createDefinition(input), input.format);
          form.reset();
        })}
      >
        <Field id={ids.format} label="Format" error={errors.format?.message}>
          <select id={ids.format} className={inputClass} {...form.register('format')}>
            <option value="oas">Tyk OAS</option>
            <option value="classic">Tyk Classic</option>
          </select>
        </Field>
        <Field id={ids.name} label="Name" error={errors.name?.message}>
          <input id={ids.name} className={inputClass} aria-invalid={!!errors.name} {...form.register('name')} />
        </Field>
        <Field id={ids.listenPath} label="Listen path" error={errors.listenPath?.message ?? clash} hint="For example /orders/">
          <input id={ids.listenPath} className={inputClass} aria-invalid={!!errors.listenPath || !!clash} {...form.register('listenPath')} />
        </Field>
        <Field id={ids.upstreamUrl} label="Upstream URL" error={errors.upstreamUrl?.message}>
          <input id={ids.upstreamUrl} className={inputClass} aria-invalid={!!errors.upstreamUrl} {...form.register('upstreamUrl')} />
        </Field>
        <Field id={ids.driver} label="Plugin driver" error={errors.driver?.message}>
          <select id={ids.driver} className={inputClass} {...form.register('driver')}>
            {DRIVER_CHOICES.map((driver) => (
              <option key={driver} value={driver}>
                {DRIVER_LABELS[driver]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={ids.auth} label="Authentication" error={errors.auth?.message}>
          <select id={ids.auth} className={inputClass} aria-invalid={!!errors.auth} {...form.register('auth')}>
            {AUTH_CHOICES.map((auth) => (
              <option key={auth} value={auth}>
                {AUTH_LABELS[auth]}
              </option>
            ))}
          </select>
        </Field>
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={isSubmitting || !!clash}>
            Create API
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
