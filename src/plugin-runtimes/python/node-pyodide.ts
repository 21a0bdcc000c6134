import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { loadPyodide, type PyodideInterface } from 'pyodide';

let loading: Promise<PyodideInterface> | undefined;

/** Pyodide in Node (tests, scripts), from the files of the installed package. */
export function loadNodePyodide(): Promise<PyodideInterface> {
  const indexURL = `${dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))}/`;
  loading ??= loadPyodide({ indexURL });
  return loading;
}
