/// <reference lib="webworker" />
import wasmUrl from '@jitl/quickjs-wasmfile-release-sync/wasm?url';
import type { TykPluginTestAnswer, TykPluginTestRequest } from '../../domain/plugin-test/tyk-shapes';
import { serveRequests } from '../worker-channel';
import { loadQuickJs } from './quickjs';
import type { JsRunOptions } from './run-js-test';
import { runJsTest } from './run-js-test';

// The plugin runs inside QuickJS, in this Worker: it sees the JSVM's globals only (no DOM, no fetch, no
// storage), and a plugin that never returns blocks this Worker, never the page.
serveRequests<{ request: TykPluginTestRequest; options: JsRunOptions }, TykPluginTestAnswer>(self, async ({ request, options }) =>
  runJsTest(await loadQuickJs(wasmUrl), request, options),
);
