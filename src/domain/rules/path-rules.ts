import { HOOK_WORDS } from '../pipeline/driver-matrix';
import type { Finding } from '../pipeline/model';
import { runtimeOf } from '../chain/runtime';
import { describe } from './function-rules';
import { enabledFunctions, finding, type Rule } from './types';

const isSo = (path: string) => path.trim().toLowerCase().endsWith('.so');

/**
 * `path` of hook entries against `custom_middleware.driver`: goplugin loads a compiled `.so`; JSVM and co-process
 * drivers do not. Response entries are dispatched by path first, so a `.so` there is fine under any driver, and a
 * goplugin response entry without `.so` goes to the co-process response hook and fails (FACTS.md).
 */
export const pluginPathRule: Rule = {
  codes: ['so-path-non-go-driver', 'go-path-not-so', 'response-go-not-so'],
  check: ({ model }) => {
    const out: Finding[] = [];
    const runtime = runtimeOf(model.driver);
    for (const { hook, fn } of enabledFunctions(model)) {
      if (hook === 'response') {
        if (runtime === 'go' && !isSo(fn.path)) {
          out.push(
            finding(
              'error',
              'response-go-not-so',
              `The Go response plugin "${fn.name}" has path "${fn.path}", which does not end in .so: the gateway sends it to the co-process response hook, where it fails.`,
              [...fn.source, 'path'],
              'Point the path at the compiled .so file.',
            ),
          );
        }
        continue;
      }
      if (runtime === 'go' && !isSo(fn.path)) {
        out.push(
          finding(
            'error',
            'go-path-not-so',
            `The ${HOOK_WORDS[hook]} plugin "${fn.name}" runs under the goplugin driver but its path "${fn.path}" is not a .so file: the plugin fails to load and requests answer 500.`,
            [...fn.source, 'path'],
            'Point the path at the compiled .so file, or switch the driver.',
          ),
        );
      } else if (runtime !== 'go' && isSo(fn.path)) {
        out.push(
          finding(
            'error',
            'so-path-non-go-driver',
            `The ${HOOK_WORDS[hook]} plugin "${fn.name}" points at a Go .so file but the driver is "${model.driver || 'not set'}": only the goplugin driver loads .so files.`,
            [...fn.source, 'path'],
            'Set the driver to goplugin, or point the path at a file for this driver.',
          ),
        );
      }
    }
    return out;
  },
};

/** `extended_paths.go_plugin[].plugin_path` / operation `postPlugins[].path` and `analytics_plugin.plugin_path`: always a Go .so. */
export const goOnlyPathRule: Rule = {
  codes: ['endpoint-go-plugin-not-so', 'analytics-plugin-not-so'],
  check: ({ model }) => {
    const out: Finding[] = [];
    for (const plugin of model.endpointPlugins) {
      if (plugin.kind !== 'goPlugin' || !plugin.fn.enabled || isSo(plugin.fn.path)) continue;
      out.push(
        finding(
          'error',
          'endpoint-go-plugin-not-so',
          `The per-endpoint Go plugin on ${describe(plugin.method, plugin.path, plugin.operationId)} has path "${plugin.fn.path}", not a .so: per-endpoint plugins are always Go, whatever the driver, so it fails to load.`,
          plugin.fn.source,
          'Point the path at the compiled .so file.',
        ),
      );
    }
    for (const fn of model.hooks.analytics.functions) {
      if (!fn.enabled || isSo(fn.path)) continue;
      out.push(
        finding(
          'warning',
          'analytics-plugin-not-so',
          `The analytics plugin "${fn.name}" has path "${fn.path}", not a .so: it fails to load, the gateway logs it once and then skips it for every record.`,
          fn.source,
          'Analytics plugins are Go plugins whatever the driver: point the path at the compiled .so file.',
        ),
      );
    }
    return out;
  },
};
