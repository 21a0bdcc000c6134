import { formatJsonPath, isJsonObject, type JsonPath, type JsonValue } from '../json';
import type { DefinitionFormat, Finding } from '../pipeline/model';
import { appendAll } from '../append';

const NAMES: Record<DefinitionFormat, string> = { classic: 'Tyk Classic', oas: 'Tyk OAS' };

/** A value that says nothing: empty, zero, false or null, or an object/array of only such values. */
export function isDefault(value: JsonValue | undefined): boolean {
  // Iterative with a budget: definitions are untrusted and may be nested deeper than the call stack allows.
  const stack: (JsonValue | undefined)[] = [value];
  let budget = 100_000;
  while (stack.length > 0) {
    if (--budget < 0) return false;
    const current = stack.pop();
    if (current === undefined || current === null || current === false || current === '' || current === 0)
      continue;
    if (Array.isArray(current)) {
      if (current.length > 0) return false;
      continue;
    }
    if (isJsonObject(current)) {
      appendAll(stack, Object.values(current));
      continue;
    }
    return false;
  }
  return true;
}

export function notConverted(path: JsonPath, to: DefinitionFormat, why?: string): Finding {
  return {
    severity: 'warning',
    code: 'not-converted',
    message: `${formatJsonPath(path)} was not converted to ${NAMES[to]}${why ? `: ${why}` : ''}.`,
    fix: 'Set it by hand in the converted definition, if you need it.',
    path,
  };
}

/** Every key of `obj` not in `handled` that holds a real setting, as a not-converted finding. */
export function leftovers(
  obj: JsonValue | undefined,
  base: JsonPath,
  handled: readonly string[],
  to: DefinitionFormat,
  out: Finding[],
  why?: string,
): void {
  if (!isJsonObject(obj)) return;
  for (const [key, value] of Object.entries(obj)) {
    if (!handled.includes(key) && !isDefault(value)) out.push(notConverted([...base, key], to, why));
  }
}
