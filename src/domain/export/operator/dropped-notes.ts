import { formatJsonPath, isJsonObject, type JsonValue } from '../../json';
import type { Finding } from '../../pipeline/model';
import type { Dropped } from './fit-to-shape';

const LISTED_EMPTY = 8;

/** One finding per value that carried something; the empty ones (null, "", false, 0, [], {}) summed up in one. */
export function droppedNotes(dropped: Dropped[], resource: string): Finding[] {
  const notes: Finding[] = [];
  const empty: Dropped[] = [];
  for (const d of dropped) {
    if (d.reason !== 'disabled-entry' && isEmpty(d.value)) {
      empty.push(d);
      continue;
    }
    notes.push(noteFor(d, resource));
  }
  if (empty.length > 0) {
    const listed = empty
      .slice(0, LISTED_EMPTY)
      .map((d) => formatJsonPath(d.path))
      .join(', ');
    const more = empty.length > LISTED_EMPTY ? ` and ${empty.length - LISTED_EMPTY} more` : '';
    notes.push({
      severity: 'info',
      code: 'operator-empty-dropped',
      message: `${empty.length} empty or default value${empty.length === 1 ? ' is' : 's are'} left out (${listed}${more}); the gateway reads them as unset.`,
      path: [],
    });
  }
  return notes;
}

function noteFor(d: Dropped, resource: string): Finding {
  const at = formatJsonPath(d.path);
  switch (d.reason) {
    case 'unknown-field':
      return {
        severity: 'warning',
        code: 'operator-field-dropped',
        message: `${at} is left out: Tyk Operator's ${resource} has no such field, so Kubernetes would drop it.`,
        fix: 'Set it by other means, or keep this API out of the Operator.',
        path: d.path,
      };
    case 'disabled-entry':
      return {
        severity: 'warning',
        code: 'operator-disabled-entry',
        message: `The disabled entry ${at}${entryName(d.value)} is left out: the CRD has no "disabled" flag there, so keeping it would switch it on.`,
        path: d.path,
      };
    case 'wrong-type':
    case 'not-allowed':
    case 'null':
      return {
        severity: 'warning',
        code: 'operator-value-dropped',
        message: `${at} is left out: the ${resource} CRD expects ${d.expected ?? 'a value'} there, not ${JSON.stringify(d.value)}.`,
        path: d.path,
      };
  }
}

function entryName(value: JsonValue): string {
  if (!isJsonObject(value)) return '';
  const name = value.name ?? value.func_name ?? value.response_function_name ?? value.path;
  return typeof name === 'string' && name ? ` (${JSON.stringify(name)})` : '';
}

function isEmpty(value: JsonValue): boolean {
  if (value === null || value === '' || value === false || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isJsonObject(value) && Object.keys(value).length === 0;
}
