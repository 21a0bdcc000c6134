import type { ReadProgress } from './import-reader-messages';

const WORDS: Record<ReadProgress['stage'], string> = {
  reading: 'Reading the file…',
  parsing: 'Reading the JSON and checking the definition…',
  sending: 'Handing the definition to the page…',
  assembling: 'Handing the definition to the page…',
};

/** Where reading a file has got to; large definitions take seconds, and the page stays usable meanwhile. */
export function ReadProgressLine({ progress }: { progress: ReadProgress }) {
  const percent = progress.fraction === undefined ? undefined : Math.round(progress.fraction * 100);
  return (
    <div role="status" aria-live="polite" className="text-sm text-slate-700">
      <p>{WORDS[progress.stage]}</p>
      <progress
        className="mt-1 h-2 w-full"
        aria-label="Reading the file"
        max={100}
        {...(percent === undefined ? {} : { value: percent })}
      />
    </div>
  );
}
