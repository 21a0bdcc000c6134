import { formatJsonPath, isJsonObject, type JsonObject, type JsonPath } from '../../json';
import type { Finding } from '../../pipeline/model';
import { prepareClassic } from './classic-prepare';
import { API_DEFINITION_SPEC_SHAPE, type CrdShape } from './crd-shape';
import { droppedNotes } from './dropped-notes';
import { fillRequired } from './fill-required';
import { fitToShape } from './fit-to-shape';

const FILLED_LISTED = 10;

/**
 * The `spec` of an `ApiDefinition` resource from a Tyk Classic definition: the fields the CRD knows,
 * with what it requires filled in where the gateway has a default; everything else reported.
 */
export function classicToApiDefinitionSpec(
  doc: JsonObject,
  shape: CrdShape = API_DEFINITION_SPEC_SHAPE,
): { spec: JsonObject; notes: Finding[] } {
  const prepared = prepareClassic(doc, shape);
  const fitted = fitToShape(prepared.doc, shape);
  const spec = isJsonObject(fitted.value) ? fitted.value : {};
  const notes = [...prepared.notes, ...droppedNotes(fitted.dropped, 'ApiDefinition')];
  checkDriver(spec, notes);
  const { filled, unfillable } = fillRequired(spec, shape);
  notes.push(...filledNotes(filled));
  for (const path of unfillable) {
    notes.push({
      severity: 'warning',
      code: 'operator-required-missing',
      message: `The ApiDefinition CRD requires ${formatJsonPath(path)}, which this definition does not have: Kubernetes will refuse the resource until it is filled in.`,
      path,
    });
  }
  return { spec, notes };
}

/** Classic `custom_middleware` with no `driver`: dropped when it holds nothing, else flagged. */
function checkDriver(spec: JsonObject, notes: Finding[]): void {
  const middleware = spec.custom_middleware;
  if (!isJsonObject(middleware) || Object.hasOwn(middleware, 'driver')) return;
  if (!hasHookEntries(middleware)) {
    delete spec.custom_middleware;
    return;
  }
  notes.push({
    severity: 'warning',
    code: 'operator-driver-missing',
    message:
      'custom_middleware has plugins but no driver: the CRD requires one, and the gateway cannot run plugins without it.',
    fix: 'Choose the driver of these plugins.',
    path: ['custom_middleware', 'driver'],
  });
}

/** Notes for required fields set to their empty value: one each for the first few, then a count. */
function filledNotes(filled: JsonPath[]): Finding[] {
  const notes: Finding[] = filled.slice(0, FILLED_LISTED).map((path) => ({
    severity: 'info',
    code: 'operator-filled',
    message: `${formatJsonPath(path)} is set to its empty value: the CRD requires it, and the gateway reads a missing value the same way.`,
    path,
  }));
  if (filled.length > FILLED_LISTED) {
    notes.push({
      severity: 'info',
      code: 'operator-filled',
      message: `${filled.length - FILLED_LISTED} more required fields are set to their empty value, as the gateway reads them when missing.`,
      path: [],
    });
  }
  return notes;
}

function hasHookEntries(middleware: JsonObject): boolean {
  const listed = ['pre', 'post', 'post_key_auth', 'response'].some((hook) => {
    const entries = middleware[hook];
    return Array.isArray(entries) && entries.length > 0;
  });
  return listed || isJsonObject(middleware.auth_check) || isJsonObject(middleware.id_extractor);
}
