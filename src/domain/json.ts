/** JSON values as they come from a definition: untrusted, any shape. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** A location in a document, as the keys and indexes that lead to it (["custom_middleware", "pre", 0]). */
export type JsonPath = readonly (string | number)[];

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `$.custom_middleware.pre[0]`: how a path is shown to people. */
export function formatJsonPath(path: JsonPath): string {
  return (
    '$' +
    path
      .map((key) =>
        typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`,
      )
      .join('')
  );
}
