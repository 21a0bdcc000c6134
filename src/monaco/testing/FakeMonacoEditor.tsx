import type { MonacoEditorProps } from '../MonacoEditor';

/**
 * Monaco does not run in jsdom: component tests replace `MonacoEditor` with this textarea, which takes the
 * same props, so the behaviour around the editor is tested without it.
 *   vi.mock('<path>/monaco', () => import('<path>/monaco/testing/fake-monaco-module'));
 */
export function FakeMonacoEditor({ value, onChange, ariaLabel, readOnly, markers, modelUri, language, schema, reveal }: MonacoEditorProps) {
  return (
    <div
      data-testid="fake-monaco"
      data-model-uri={modelUri}
      data-language={language}
      data-schema-uri={schema?.schemaUri}
      data-revealed-line={reveal?.line}
    >
      <textarea aria-label={ariaLabel} value={value} readOnly={readOnly} onChange={(e) => onChange?.(e.target.value)} />
      <ul aria-label="Editor markers">
        {(markers ?? []).map((marker, index) => (
          <li key={index}>
            {marker.line}: {marker.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
