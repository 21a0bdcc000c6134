import fc from 'fast-check';
import type { JsonObject, JsonValue } from '../json';
import type { FunctionRef, PluginEdit } from './edit-types';
import type { PluginModel } from './model';
import { HOOK_KINDS } from './model';

/** Test data generators (fast-check) for random definitions and random edits. Used by tests only. */

const garbage: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constant([] as JsonValue[]),
  fc.constant({} as JsonObject),
  fc.array(fc.integer(), { maxLength: 2 }),
);
const maybe = <T extends JsonValue>(arb: fc.Arbitrary<T>): fc.Arbitrary<JsonValue> => fc.oneof({ weight: 12, arbitrary: arb }, { weight: 1, arbitrary: garbage });

const names = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('A', 'B', 'Auth', 'Log', 'x y') }, { weight: 1, arbitrary: fc.constantFrom('', '__proto__') });
const paths = fc.oneof({ weight: 5, arbitrary: fc.constantFrom('a.so', 'b.so', 'dir/plugin.so') }, { weight: 2, arbitrary: fc.constantFrom('c.js', '', 'bundle.py') });
const drivers = fc.oneof({ weight: 5, arbitrary: fc.constant('goplugin') }, { weight: 4, arbitrary: fc.constantFrom('python', 'lua', 'grpc', 'otto', 'javascript', '', 'perl') });
const bool = fc.boolean();
const extraKeys = fc.dictionary(fc.constantFrom('zz_extra', 'custom_middleware_', 'notes', '1', 'x-keep'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 });

const classicEntry = fc.record(
  { name: maybe(names), path: maybe(paths), disabled: maybe(bool), require_session: maybe(bool), raw_body_only: maybe(bool), code: fc.string({ maxLength: 3 }) },
  { requiredKeys: [] },
);
const list = <T extends JsonValue>(entry: fc.Arbitrary<T>) => maybe(fc.array(maybe(entry), { minLength: 1, maxLength: 3 }));

export const classicDefinition: fc.Arbitrary<JsonObject> = fc
  .tuple(
    fc.record(
      {
        api_id: maybe(fc.string({ maxLength: 4 })),
        name: fc.string({ maxLength: 4 }),
        use_keyless: maybe(bool),
        custom_plugin_auth_enabled: maybe(bool),
        use_go_plugin_auth: maybe(bool),
        enable_coprocess_auth: maybe(bool),
        custom_middleware: maybe(
          fc.record(
            {
              pre: list(classicEntry),
              post_key_auth: list(classicEntry),
              post: list(classicEntry),
              response: list(classicEntry),
              auth_check: maybe(classicEntry),
              driver: maybe(drivers),
              id_extractor: maybe(fc.record({ extract_from: fc.constantFrom('header', 'body') })),
            },
            { requiredKeys: [] },
          ),
        ),
        analytics_plugin: maybe(fc.record({ enable: maybe(bool), func_name: maybe(names), plugin_path: maybe(paths) }, { requiredKeys: [] })),
        custom_middleware_bundle: maybe(fc.constantFrom('a.zip', 'a.zip,b.zip', '')),
        custom_middleware_bundle_disabled: maybe(bool),
        config_data: maybe(fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 })),
        config_data_disabled: maybe(bool),
        proxy: fc.record({ listen_path: fc.constant('/a/') }),
        version_data: maybe(
          fc.record({
            versions: maybe(
              fc.dictionary(
                fc.constantFrom('Default', 'v1', '2'),
                maybe(
                  fc.record(
                    {
                      extended_paths: maybe(
                        fc.record(
                          {
                            go_plugin: list(fc.record({ path: maybe(fc.constantFrom('/a', '/b')), method: maybe(fc.constantFrom('GET', 'POST')), plugin_path: maybe(paths), func_name: maybe(names), disabled: maybe(bool) }, { requiredKeys: [] })),
                            virtual: list(fc.record({ path: maybe(fc.constantFrom('/a', '/v')), method: fc.constantFrom('GET', 'POST'), response_function_name: maybe(names), function_source_uri: maybe(paths) }, { requiredKeys: [] })),
                            white_list: list(fc.record({ path: fc.constantFrom('/a', '/w'), method_actions: fc.constant({ GET: {} }) })),
                          },
                          { requiredKeys: [] },
                        ),
                      ),
                    },
                    { requiredKeys: [] },
                  ),
                ),
                { maxKeys: 2 },
              ),
            ),
          }),
        ),
      },
      { requiredKeys: ['proxy'] },
    ),
    extraKeys,
  )
  .map(([doc, extra]) => ({ ...doc, ...extra }) as JsonObject);

const oasEntry = fc.record(
  { enabled: maybe(bool), functionName: maybe(names), path: maybe(paths), rawBodyOnly: maybe(bool), requireSession: maybe(bool), pluginId: fc.string({ maxLength: 3 }) },
  { requiredKeys: [] },
);
const legacyList = maybe(fc.record({ plugins: list(oasEntry) }, { requiredKeys: [] }));

export const oasDefinition: fc.Arbitrary<JsonObject> = fc
  .tuple(
    fc.record({
      openapi: fc.constant('3.0.3'),
      info: fc.constant({ title: 'T', version: '1' }),
      paths: fc.constant({ '/a': { get: { operationId: 'getA' }, post: {} }, '/b': { get: { operationId: 'getB' } } } as JsonObject),
      'x-tyk-api-gateway': maybe(
        fc.record(
          {
            info: fc.constant({ id: 'x', name: 'X', state: { active: true } }),
            server: maybe(
              fc.record(
                {
                  listenPath: fc.constant({ value: '/x/' }),
                  authentication: maybe(
                    fc.record(
                      { enabled: maybe(bool), custom: maybe(fc.record({ enabled: maybe(bool), config: maybe(oasEntry) }, { requiredKeys: [] })) },
                      { requiredKeys: [] },
                    ),
                  ),
                },
                { requiredKeys: [] },
              ),
            ),
            middleware: maybe(
              fc.record(
                {
                  global: maybe(
                    fc.record(
                      {
                        pluginConfig: maybe(fc.record({ driver: maybe(drivers), bundle: maybe(fc.record({ enabled: maybe(bool), path: maybe(fc.constantFrom('b.zip', '')) })), data: maybe(fc.record({ enabled: maybe(bool), value: fc.constant({ a: 1 }) })) }, { requiredKeys: [] })),
                        prePlugins: list(oasEntry),
                        prePlugin: legacyList,
                        postAuthenticationPlugin: legacyList,
                        postPlugins: list(oasEntry),
                        responsePlugin: legacyList,
                        trafficLogs: maybe(fc.record({ enabled: maybe(bool), plugins: list(oasEntry) }, { requiredKeys: [] })),
                      },
                      { requiredKeys: [] },
                    ),
                  ),
                  operations: maybe(
                    fc.dictionary(
                      fc.constantFrom('getA', 'getB', 'ghost'),
                      maybe(fc.record({ postPlugins: list(oasEntry), virtualEndpoint: maybe(oasEntry) }, { requiredKeys: [] })),
                      { maxKeys: 2 },
                    ),
                  ),
                },
                { requiredKeys: [] },
              ),
            ),
          },
          { requiredKeys: ['info'] },
        ),
      ),
    }),
    extraKeys,
  )
  .map(([doc, extra]) => ({ ...doc, ...extra }) as JsonObject);

const hook = fc.constantFrom(...HOOK_KINDS);
const index = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: 2 }) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1.5, 99) });
const ref = fc.record({ hook, index });
const fnInput = fc.record(
  { name: names, path: paths, enabled: bool, requireSession: bool, rawBodyOnly: bool },
  { requiredKeys: ['name'] },
);

export const pluginEdit: fc.Arbitrary<PluginEdit> = fc.oneof(
  fc.record({ type: fc.constant('attach' as const), hook, fn: fnInput, index: fc.option(index, { nil: undefined }) }).map((e) => {
    const { index: i, ...rest } = e;
    return i === undefined ? rest : { ...rest, index: i };
  }),
  fc.record({ type: fc.constant('move' as const), from: ref, to: ref }),
  fc.record({ type: fc.constant('detach' as const), at: ref }),
  fc.record({ type: fc.constant('setEnabled' as const), at: ref, enabled: bool }),
  fc.record({ type: fc.constant('updateFunction' as const), at: ref, fields: fc.record({ name: names, path: paths, requireSession: bool, rawBodyOnly: bool }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant('setDriver' as const), driver: drivers }),
  fc.record({ type: fc.constant('setCustomAuthEnabled' as const), enabled: bool }),
  fc.record({ type: fc.constant('setIdExtractor' as const), idExtractor: fc.option(fc.constant({ extract_from: 'header' } as JsonObject), { nil: null }) }),
  fc.record({
    type: fc.constant('attachEndpointPlugin' as const),
    kind: fc.constantFrom('goPlugin' as const, 'virtual' as const),
    method: fc.constantFrom('GET', 'POST', 'get', ''),
    path: fc.constantFrom('/a', '/b', '/w', '/zz'),
    fn: fnInput,
  }),
  fc.record({ type: fc.constant('detachEndpointPlugin' as const), index }),
  fc.record({ type: fc.constant('updateEndpointPlugin' as const), index, fields: fc.record({ name: names, path: paths, enabled: bool, requireSession: bool }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant('setBundle' as const), paths: fc.array(fc.constantFrom('a.zip', 'b.zip', ' '), { maxLength: 2 }), enabled: bool }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('setConfigData' as const), enabled: bool, value: fc.constant({ k: 1 } as JsonObject) }, { requiredKeys: ['type'] }),
);

/** Edits aimed at functions the document really has (random edits mostly miss on sparse documents). */
export function editFor(model: PluginModel): fc.Arbitrary<PluginEdit> {
  const refs: FunctionRef[] = HOOK_KINDS.flatMap((h) => model.hooks[h].functions.map((_, i) => ({ hook: h, index: i })));
  if (refs.length === 0) return pluginEdit;
  const existing = fc.constantFrom(...refs);
  const target = fc.tuple(hook, fc.integer({ min: 0, max: 3 })).map(([h, i]) => ({ hook: h, index: Math.min(i, model.hooks[h].functions.length) }));
  return fc.oneof(
    fc.record({ type: fc.constant('move' as const), from: existing, to: target }),
    fc.record({ type: fc.constant('detach' as const), at: existing }),
    fc.record({ type: fc.constant('setEnabled' as const), at: existing, enabled: bool }),
    fc.record({ type: fc.constant('updateFunction' as const), at: existing, fields: fc.record({ name: names, path: paths, requireSession: bool, rawBodyOnly: bool }, { requiredKeys: [] }) }),
    fc.record({ type: fc.constant('attach' as const), hook, fn: fnInput }),
    pluginEdit,
  );
}
