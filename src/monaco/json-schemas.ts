import type { LoadedMonaco } from './load-monaco';
import type { ModelSchema } from './types';

/** modelUri -> schema. Each JSON model gets its own schema, matched by its exact URI. */
const byModel = new Map<string, ModelSchema>();

function publish(jsonDefaults: LoadedMonaco['jsonDefaults']): void {
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    // Schemas are the app's own: nothing is fetched (the app works offline).
    enableSchemaRequest: false,
    schemaValidation: 'warning',
    schemas: [...byModel].map(([modelUri, entry]) => ({
      // The same schema may serve two models; the language service keys schemas by URI, so make each unique.
      uri: `${entry.schemaUri}#${encodeURIComponent(modelUri)}`,
      fileMatch: [modelUri],
      schema: entry.schema,
    })),
  });
}

/** Validates and completes the model at `modelUri` against `schema`; returns the undo. */
export function setModelSchema(loaded: LoadedMonaco, modelUri: string, schema: ModelSchema): () => void {
  byModel.set(modelUri, schema);
  publish(loaded.jsonDefaults);
  return () => {
    if (byModel.get(modelUri) !== schema) return;
    byModel.delete(modelUri);
    publish(loaded.jsonDefaults);
  };
}
