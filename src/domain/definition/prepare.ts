import { isJsonObject, type JsonObject } from '../json';
import type { DefinitionFormat } from '../pipeline/model';
import { oasEnabledSteps, objectAt, tykExtension } from '../chain/fields';
import { oasEndpointPluginSteps, oasEndpointSteps, operationIndexSteps } from '../oas/read-endpoints';
import { STEP_ENTRIES, type Steps } from '../steps';
import { classicEndpointSteps } from '../classic/read-endpoints';
import { ReadContext } from './read-context';

/**
 * Reads, a slice per step, what the API's views read of a large definition first (the endpoint list, the
 * operationId index, the operations, which switches they turn on, and their plugins), into the readers' own caches: the views then draw
 * from them at once. Each `yield` gives how far it has got (0 to 1). On a 200,000-endpoint definition this
 * is about a second of work; done in one go it is a second in which the page answers nothing.
 */
export function* prepareSteps(doc: JsonObject, format: DefinitionFormat): Generator<number, void, void> {
  if (format !== 'oas') {
    // Classic definitions keep their endpoints in `version_data`'s lists (the pipeline locates plugins in them).
    yield* classicSteps(doc);
    return;
  }
  const paths = doc['paths'];
  const operations = objectAt(tykExtension(doc), 'middleware', 'operations');
  const pathCount = isJsonObject(paths) ? Object.keys(paths).length : 0;
  const operationCount = operations ? Object.keys(operations).length : 0;
  // Steps each part takes (endpoints: about two per path, as most paths have a GET and a POST).
  const total = Math.max(1, Math.ceil(pathCount / STEP_ENTRIES) * 3 + Math.ceil(operationCount / STEP_ENTRIES) * 4);
  let done = 0;
  function* counted<T>(steps: Steps<T>): Generator<number, T, void> {
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      done += 1;
      yield Math.min(0.99, done / total);
    }
  }
  const endpoints = yield* counted(oasEndpointSteps(doc));
  yield* counted(operationIndexSteps(endpoints));
  yield* counted(oasEnabledSteps(doc));
  const ctx = new ReadContext(false);
  const middleware = objectAt(tykExtension(doc), 'middleware');
  // Located (the pipeline) and not (the header's and the sync bar's summaries).
  yield* counted(oasEndpointPluginSteps(ctx, middleware, endpoints));
  yield* counted(oasEndpointPluginSteps(ctx, middleware, null));
}

/** The Classic endpoint list, a slice per step, with how far it has got. */
function* classicSteps(doc: JsonObject): Generator<number, void, void> {
  let entries = 0;
  const versions = objectAt(doc, 'version_data', 'versions') ?? {};
  for (const version of Object.values(versions)) {
    for (const list of Object.values(objectAt(version, 'extended_paths') ?? {})) if (Array.isArray(list)) entries += list.length;
  }
  const total = Math.max(1, Math.ceil(entries / STEP_ENTRIES));
  let done = 0;
  const steps = classicEndpointSteps(doc);
  while (!steps.next().done) yield Math.min(0.99, ++done / total);
}
