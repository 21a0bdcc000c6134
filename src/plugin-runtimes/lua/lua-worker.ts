/// <reference lib="webworker" />
import type { CoprocessAnswer } from '../../domain/plugin-test/coprocess-outcome';
import { serveRequests } from '../worker-channel';
import { runLuaTest } from './run-lua-test';

// Lua runs in this Worker, in fengari with no io, os or package library: the plugin reaches nothing outside
// its state, and a loop the instruction hook misses is ended by terminating the Worker.
serveRequests<{ source: string; object: Record<string, unknown>; timeoutMs: number }, CoprocessAnswer>(self, ({ source, object, timeoutMs }) =>
  runLuaTest(source, object, timeoutMs),
);
