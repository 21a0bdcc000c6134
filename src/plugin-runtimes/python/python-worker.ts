/// <reference lib="webworker" />
import { loadPyodide, type PyodideInterface } from 'pyodide';
import type { CoprocessAnswer } from '../../domain/plugin-test/coprocess-outcome';
import { serveRequests } from '../worker-channel';
import { runPythonTest } from './run-python-test';

let pyodide: Promise<PyodideInterface> | undefined;

// Python runs in this Worker: the plugin cannot reach the page, and one that never returns is stopped by
// terminating the Worker. Pyodide's files come from the app's own origin (/pyodide/), never a CDN.
serveRequests<{ source: string; object: Record<string, unknown> }, CoprocessAnswer>(self, async ({ source, object }) => {
  pyodide ??= loadPyodide({ indexURL: new URL(`${import.meta.env.BASE_URL}pyodide/`, self.location.origin).href });
  return runPythonTest(await pyodide, source, object);
});
