import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  hint?: string;
  problem?: string | undefined;
}

/** A labelled monospace text field of the sample form, its problem read out with it. */
export function TextArea({ label, value, onChange, rows = 3, hint, problem }: Props) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        spellCheck={false}
        className={`w-full rounded border px-2 py-1 font-mono text-xs ${problem ? 'border-red-500' : 'border-slate-300'}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described || undefined}
      />
      {problem && (
        <p id={`${id}-problem`} className="text-xs text-red-700">
          {problem}
        </p>
      )}
    </div>
  );
}
