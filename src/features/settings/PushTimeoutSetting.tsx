import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { PUSH_TIMEOUT_RANGE, usePushTimeout } from '../../state/push-timeout';

/** How long a push waits for the gateway's answer before it reads the API back to see whether it landed. */
export function PushTimeoutSetting() {
  const [seconds, save] = usePushTimeout();
  const [text, setText] = useState(String(seconds));
  const [note, setNote] = useState('');
  const value = Number(text);
  const valid = Number.isInteger(value) && value >= PUSH_TIMEOUT_RANGE.min && value <= PUSH_TIMEOUT_RANGE.max;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid) return;
    save(value);
    setNote(`Pushes now wait ${value} s for the gateway's answer.`);
  }

  return (
    <form aria-labelledby="push-timeout-heading" onSubmit={submit} className="space-y-2 rounded border border-slate-200 bg-white p-3">
      <h2 id="push-timeout-heading" className="font-semibold">
        Push timeout
      </h2>
      <p className="text-sm text-slate-600">
        How long a push waits for the gateway to answer its write. Past that, the answer counts as lost: the app reloads the gateway and
        reads the API back to tell whether the push landed.
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm">
          Seconds ({PUSH_TIMEOUT_RANGE.min}–{PUSH_TIMEOUT_RANGE.max})
          <input
            type="number"
            min={PUSH_TIMEOUT_RANGE.min}
            max={PUSH_TIMEOUT_RANGE.max}
            value={text}
            aria-invalid={!valid}
            onChange={(event) => setText(event.target.value)}
            className="w-28 rounded border border-slate-300 px-2 py-1"
          />
        </label>
        <Button type="submit" disabled={!valid}>
          Save
        </Button>
      </div>
      {!valid && <p className="text-sm text-red-700">Enter a whole number of seconds from {PUSH_TIMEOUT_RANGE.min} to {PUSH_TIMEOUT_RANGE.max}.</p>}
      {note && (
        <p role="status" className="text-sm text-slate-700">
          {note}
        </p>
      )}
    </form>
  );
}
