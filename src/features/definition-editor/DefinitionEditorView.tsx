import { useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { serializeDefinition } from '../../domain';
import { lineOfPath } from '../../domain/definition/line-of-path';
import type { JsonPath } from '../../domain/json';
import type { DraftSession } from '../../drafts/draft-session';
import { useDraftState } from '../../drafts/use-draft';
import { MonacoEditor, type EditorMarker, type EditorReveal } from '../../monaco';
import { JsonProblemList } from './JsonProblemList';
import { useDefinitionText } from './use-definition-text';
import { useEditorSchema } from './use-editor-schema';

const SYNTAX_OWNER = 'definition-syntax';

/** A model URI of safe characters only: the JSON language matches schemas against it as a string. */
export function definitionModelUri(draftKey: string): string {
  return `inmemory://plugin-studio/definition/${draftKey.replace(/[^A-Za-z0-9_-]/g, '_')}.json`;
}

/** `?at=["x-tyk-api-gateway","info","name"]`: a field to show (a refusal names it), or undefined. */
function requestedPath(raw: string | null): JsonPath | undefined {
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) && parsed.every((key) => typeof key === 'string' || typeof key === 'number') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The whole draft definition as JSON, in step with the pipeline. */
export default function DefinitionEditorView({ session }: { session: DraftSession }) {
  const { text, setText, check, restored } = useDefinitionText(session);
  const { key, format, doc } = useDraftState(session).draft;
  const editorSchema = useEditorSchema(format, doc);
  const [schemaFindings, setSchemaFindings] = useState<EditorMarker[]>([]);
  const [reveal, setReveal] = useState<EditorReveal | null>(null);
  const problems = useMemo(() => (check.ok ? [] : check.problems), [check]);
  const [params] = useSearchParams();
  const location = useLocation();
  const at = useMemo(() => requestedPath(params.get('at')), [params]);
  // Each arrival with `?at=` reveals that field once (set while rendering, React's way to derive state from
  // a change); typing afterwards does not jump back to it.
  const [revealedFor, setRevealedFor] = useState<string | null>(null);
  if (at && revealedFor !== location.key) {
    const line = lineOfPath(text, at);
    if (line !== undefined) {
      setRevealedFor(location.key);
      setReveal({ line, token: location.key });
    }
  }
  const markers = useMemo<EditorMarker[]>(
    () => problems.map((p) => ({ line: p.line, column: p.column, message: p.message, severity: 'error' })),
    [problems],
  );

  return (
    <div className="grid gap-3 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div>
        {restored && !check.ok && (
          <p className="mb-2 text-sm text-amber-800">Restored the text you were editing; it does not parse yet.</p>
        )}
        <MonacoEditor
          modelUri={definitionModelUri(key)}
          language="json"
          value={text}
          onChange={setText}
          ariaLabel={`Definition JSON (${format === 'oas' ? 'Tyk OAS' : 'Tyk Classic'})`}
          schema={editorSchema.schema}
          markers={markers}
          markerOwner={SYNTAX_OWNER}
          onMarkers={setSchemaFindings}
          reveal={reveal}
          height="70vh"
        />
        <p className="mt-1 text-xs text-slate-600" data-testid="schema-source" data-source={editorSchema.source}>
          {editorSchema.note}
        </p>
      </div>
      <JsonProblemList
        problems={problems}
        schemaFindings={schemaFindings}
        onReveal={(line) => setReveal((prev) => ({ line, token: Number(prev?.token ?? 0) + 1 }))}
        onRevert={() => setText(serializeDefinition(session.getState().draft.doc))}
      />
    </div>
  );
}
