import { useState } from 'react';
import { Button } from '../../components/Button';
import type { TestSetup } from '../../domain/plugin-test';
import { readSavedSamples, writeSavedSamples } from './saved-samples';

interface Props {
  apiKey: string;
  setup: TestSetup;
  onLoad: (setup: TestSetup) => void;
}

/** The samples saved for this API in this browser: load one, or save the current one under a name. */
export function SavedSampleControls({ apiKey, setup, onLoad }: Props) {
  const [saved, setSaved] = useState(() => readSavedSamples(apiKey).saved);
  const [name, setName] = useState('');
  function save() {
    const label = name.trim() || `${setup.request.method} ${setup.request.path}`;
    const next = [...saved.filter((item) => item.name !== label), { name: label, setup }];
    writeSavedSamples(apiKey, { ...readSavedSamples(apiKey), saved: next });
    setSaved(next);
    setName('');
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      {saved.length > 0 && (
        <>
          <label htmlFor="test-saved" className="text-xs text-slate-700">
            Saved samples
          </label>
          <select
            id="test-saved"
            className="rounded border border-slate-300 px-1 py-1 text-sm"
            value=""
            onChange={(event) => {
              const found = saved.find((item) => item.name === event.target.value);
              if (found) onLoad(found.setup);
            }}
          >
            <option value="">Load…</option>
            {saved.map((item) => (
              <option key={item.name}>{item.name}</option>
            ))}
          </select>
        </>
      )}
      <label htmlFor="test-save-name" className="sr-only">
        Name of the sample to save
      </label>
      <input
        id="test-save-name"
        className="w-40 rounded border border-slate-300 px-2 py-1 text-sm"
        placeholder="Sample name"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <Button onClick={save}>Save sample</Button>
    </div>
  );
}
