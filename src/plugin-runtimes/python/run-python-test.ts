import type { PyodideInterface } from 'pyodide';
import type { CoprocessAnswer } from '../../domain/plugin-test/coprocess-outcome';
import { MESSAGES_PY } from './messages-py';
import { RUNNER_PY } from './runner-py';
import { TYK_MODULES_PY } from './tyk-modules-py';

const ROOT = '/plugin-studio';
const prepared = new WeakSet<PyodideInterface>();

/** Put the stand-in modules on Python's path, once per interpreter. */
function prepare(pyodide: PyodideInterface): void {
  if (prepared.has(pyodide)) return;
  const files: Record<string, string> = { ...TYK_MODULES_PY, 'coprocess_messages.py': MESSAGES_PY, 'tyk_test_runner.py': RUNNER_PY };
  pyodide.FS.mkdirTree(`${ROOT}/tyk`);
  for (const [path, text] of Object.entries(files)) pyodide.FS.writeFile(`${ROOT}/${path}`, text);
  pyodide.runPython(`import sys\nif ${JSON.stringify(ROOT)} not in sys.path: sys.path.insert(0, ${JSON.stringify(ROOT)})`);
  prepared.add(pyodide);
}

/** Run a Python hook (from `middleware.py`) on a co-process object, as the gateway's dispatcher would. */
export function runPythonTest(pyodide: PyodideInterface, source: string, object: Record<string, unknown>): CoprocessAnswer {
  prepare(pyodide);
  const runner = pyodide.pyimport('tyk_test_runner') as unknown as { run_hook: (source: string, payload: string) => string };
  return JSON.parse(runner.run_hook(source, JSON.stringify(object))) as CoprocessAnswer;
}
