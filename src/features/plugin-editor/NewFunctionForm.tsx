import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { DRIVERS, HOOK_KINDS, type HookKind } from '../../domain/pipeline/model';
import { starterSupport } from '../../domain/starters';
import { PLACE_LABEL } from './named-functions';

interface Props {
  /** The API's driver ('' when none is set: the form asks for one). */
  driver: string;
  initialHook?: HookKind;
  onCreate: (input: { hook: HookKind; name: string; driver: string }) => string | undefined;
  onCancel: () => void;
}

/** Pick a hook and a name; the starter for the API's driver and that hook is written and attached. */
export function NewFunctionForm({ driver, initialHook = 'pre', onCreate, onCancel }: Props) {
  const id = useId();
  const [chosenDriver, setChosenDriver] = useState(driver);
  const [hook, setHook] = useState<HookKind>(initialHook);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const hooks = HOOK_KINDS.filter((h) => starterSupport(chosenDriver, h) !== undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Give the function a name.');
      return;
    }
    setError(onCreate({ hook, name: name.trim(), driver: chosenDriver }));
  }

  return (
    <form
      aria-label="New function"
      onSubmit={submit}
      className="mb-3 flex flex-wrap items-end gap-3 rounded border border-indigo-200 bg-indigo-50 p-3 text-sm"
    >
      {driver === '' && (
        <label className="flex flex-col gap-1" htmlFor={`${id}-driver`}>
          Driver
          <select
            id={`${id}-driver`}
            value={chosenDriver}
            onChange={(e) => setChosenDriver(e.target.value)}
            className="rounded border border-slate-300 bg-white px-2 py-1"
          >
            <option value="">Choose…</option>
            {DRIVERS.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="flex flex-col gap-1" htmlFor={`${id}-hook`}>
        Hook
        <select
          id={`${id}-hook`}
          value={hook}
          onChange={(e) => setHook(e.target.value as HookKind)}
          className="rounded border border-slate-300 bg-white px-2 py-1"
        >
          {hooks.map((h) => (
            <option key={h} value={h}>
              {PLACE_LABEL[h]}
              {starterSupport(chosenDriver, h) === 'custom-builds' ? ' (custom gateway builds only)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1" htmlFor={`${id}-name`}>
        Function name
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          className="rounded border border-slate-300 bg-white px-2 py-1 font-mono"
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <Button type="submit" variant="primary">
        Create function
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
      {error && (
        <p role="alert" className="basis-full text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}
