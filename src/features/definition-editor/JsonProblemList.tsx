import type { EditorMarker } from '../../monaco';
import type { JsonProblem } from './definition-text';

interface Props {
  problems: readonly JsonProblem[];
  schemaFindings: readonly EditorMarker[];
  onReveal: (line: number) => void;
  /** Throw the unparsed text away and show the definition as it stands. */
  onRevert: () => void;
}

/** What stops the text from becoming the definition, and what the schema says about it, with their lines. */
export function JsonProblemList({ problems, schemaFindings, onReveal, onRevert }: Props) {
  return (
    <aside aria-label="JSON problems" className="space-y-3 text-sm">
      {problems.length > 0 ? (
        <div role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-red-900">
          <h3 className="font-semibold">The JSON is not valid</h3>
          <p className="mt-1">
            The pipeline keeps the last valid definition until this parses again. Your text is kept.
          </p>
          <ol className="mt-2 space-y-1">
            {problems.map((problem, index) => (
              <li key={index}>
                <button type="button" className="text-left underline" onClick={() => onReveal(problem.line)}>
                  Line {problem.line}, column {problem.column}
                </button>
                : {problem.message}
              </li>
            ))}
          </ol>
          <button type="button" className="mt-2 text-sm underline" onClick={onRevert}>
            Discard this text and show the last valid definition
          </button>
        </div>
      ) : (
        <p role="status" className="rounded border border-emerald-200 bg-emerald-50 p-3 text-emerald-900">
          Valid JSON: edits here update the pipeline.
        </p>
      )}
      {schemaFindings.length > 0 && (
        <div className="rounded border border-amber-200 bg-amber-50 p-3 text-amber-900">
          <h3 className="font-semibold">Schema ({schemaFindings.length})</h3>
          <ol className="mt-2 max-h-64 space-y-1 overflow-auto">
            {schemaFindings.map((finding, index) => (
              <li key={index}>
                <button type="button" className="text-left underline" onClick={() => onReveal(finding.line)}>
                  Line {finding.line}
                </button>
                : {finding.message}
              </li>
            ))}
          </ol>
        </div>
      )}
    </aside>
  );
}
