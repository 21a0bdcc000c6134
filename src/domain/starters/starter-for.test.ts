import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRIVERS } from '../pipeline/model';
import { definedFunctions } from '../source/defined-functions';
import { sanitizeIdentifier } from '../source/identifier';
import { languageForPath } from '../source/language';
import { renameFunction } from '../source/rename';
import { starterFor } from './starter-for';
import { starterSupport, supportedHooks } from './support';
import { STARTER_HOOKS } from './types';

// What the gateway calls, per hook (gateway/mw_go_plugin.go, goplugin/*.go, coprocess/python/tyk/middleware.py).
const GO_SIGNATURE: Record<string, RegExp> = {
  request: /func (\w+)\(rw http\.ResponseWriter, r \*http\.Request\) \{/,
  response: /func (\w+)\(rw http\.ResponseWriter, res \*http\.Response, req \*http\.Request\) \{/,
  analytics: /func (\w+)\(record \*analytics\.AnalyticsRecord\) \{/,
};
const PYTHON_ARGS: Record<string, string> = {
  auth: 'request, session, metadata, spec',
  response: 'request, response, session, metadata, spec',
};

describe('starterFor: every driver and hook pair the domain allows', () => {
  const pairs = DRIVERS.flatMap((driver) => supportedHooks(driver).map((hook) => [driver, hook] as const));

  it('covers the FACTS matrix', () => {
    expect(pairs.length).toBeGreaterThan(40);
    expect(supportedHooks('lua')).not.toContain('response');
    expect(supportedHooks('python')).toEqual(STARTER_HOOKS);
    expect(starterSupport('lua', 'pre')).toBe('custom-builds');
    expect(supportedHooks('nonsense')).toEqual(['analytics', 'endpointGoPlugin', 'virtual']);
  });

  it.each(pairs)('%s / %s: defines the named function with the expected signature', (driver, hook) => {
    const starter = starterFor(driver, hook, 'MyPlugin');
    expect(starter.functionName).toBe('MyPlugin');
    if (starter.language === 'none') {
      expect(driver).toBe('grpc');
      expect(starter.note).toMatch(/Dispatch/);
      expect(starter.note).toContain('"MyPlugin"');
      return;
    }
    expect(languageForPath(starter.fileName)).toBe(starter.language);
    expect(starter.source).toContain(starter.snippet);
    const found = definedFunctions(starter.language, starter.source);
    const fn = found.find((f) => f.name === 'MyPlugin');
    expect(fn, starter.source).toBeDefined();

    if (starter.language === 'go') {
      const sig =
        hook === 'response'
          ? GO_SIGNATURE.response
          : hook === 'analytics'
            ? GO_SIGNATURE.analytics
            : GO_SIGNATURE.request;
      expect(starter.source).toMatch(sig!);
      expect(starter.source.startsWith('package main\n')).toBe(true);
      // Go refuses unused imports: every imported package must be used.
      const imported = [...starter.source.matchAll(/^\s*(?:import )?"(?:[\w.-]+\/)*([\w-]+)"$/gm)].map(
        (m) => m[1],
      );
      expect(imported.length).toBeGreaterThan(0);
      for (const pkg of imported) expect(starter.snippet).toContain(`${pkg}.`);
    } else if (starter.language === 'javascript') {
      expect(fn?.kind).toBe(hook === 'virtual' ? 'function' : 'middleware');
      // Compiles as plain ES5-compatible script (compiled only, never run).
      expect(() => new Function(starter.source)).not.toThrow();
      expect(starter.source).not.toMatch(/\b(let|const)\b|=>/);
      if (hook === 'virtual')
        expect(starter.source).toMatch(/function MyPlugin\(request, session, config\)[\s\S]*TykJsResponse\(/);
      else if (hook === 'response')
        expect(starter.source).toMatch(
          /MyPlugin\.NewProcessResponse\(function \(response, request, session, spec\)[\s\S]*MyPlugin\.ReturnResponseData\(/,
        );
      else if (hook === 'auth') expect(starter.source).toMatch(/MyPlugin\.ReturnAuthData\(request, /);
      else
        expect(starter.source).toMatch(
          /MyPlugin\.NewProcessRequest\(function \(request, session, spec\)[\s\S]*MyPlugin\.ReturnData\(request, /,
        );
    } else if (starter.language === 'python') {
      expect(starter.fileName).toBe('middleware.py');
      expect(fn?.decorators).toEqual(['Hook']);
      expect(starter.source).toContain('from tyk.decorators import *');
      expect(starter.source).toContain(`def MyPlugin(${PYTHON_ARGS[hook] ?? 'request, session, spec'}):`);
    } else {
      expect(starter.source).toMatch(
        /^function MyPlugin\(request, session, spec\)[\s\S]*return request, session\nend/m,
      );
    }
  });
});

describe('starterFor: names and odd input', () => {
  it('makes names valid for the language and says so', () => {
    const go = starterFor('goplugin', 'pre', 'add-header');
    expect(go.functionName).toBe('Add_header');
    expect(definedFunctions('go', go.source).map((f) => f.name)).toEqual(['Add_header']);
    expect(go.note).toMatch(/not a valid go function name/);
    expect(starterFor('goplugin', 'post', 'addHeader').note).toMatch(/must be exported/);
    expect(starterFor('python', 'pre', 'class').functionName).toBe('class_');
    expect(starterFor('otto', 'pre', '').functionName).toBe('plugin');
    expect(starterFor('grpc', 'pre', 'any-name').functionName).toBe('any-name');
  });

  it('answers every pair, even drivers and hooks the gateway would not run', () => {
    for (const driver of [...DRIVERS, '', 'unknown'] as const) {
      for (const hook of STARTER_HOOKS) {
        const starter = starterFor(driver as never, hook, 'X');
        expect(typeof starter.source).toBe('string');
        if (starter.language === 'none') expect(starter.note).toBeTruthy();
      }
    }
    expect(starterFor('lua', 'response', 'R').note).toMatch(/no effect/);
    expect(starterFor('unknown' as never, 'pre', 'R').note).toMatch(/not a plugin driver/);
    expect(starterFor('grpc', 'analytics', 'R').language).toBe('go');
    expect(starterFor('python', 'virtual', 'R').language).toBe('javascript');
  });
});

describe('starters say what the gateway does with the hook', () => {
  it('Lua response: 500 on release builds (gateway/coprocess_lua.go is built only with -tags lua), no effect on custom builds', () => {
    expect(starterFor('lua', 'response', 'R').note).toMatch(/release builds every response answers 500/);
  });
  it('custom auth keeps its session only with base_identity_provided_by custom_auth or unset (gateway/mw_js_plugin.go:289, coprocess.go:501)', () => {
    for (const driver of ['otto', 'javascript', 'python', 'grpc'] as const) {
      expect(starterFor(driver, 'auth', 'A').note).toMatch(/base_identity_provided_by is custom_auth or unset/);
    }
    expect(starterFor('goplugin', 'auth', 'A').note ?? '').not.toMatch(/base_identity_provided_by/);
  });
  it('response entries: a Go one needs .so, a gRPC one answers 500 with co-process off (gateway/server.go createResponseMiddlewareChain)', () => {
    expect(starterFor('goplugin', 'response', 'R').note).toMatch(/must end in \.so/);
    expect(starterFor('grpc', 'response', 'R').note).toMatch(/even with enable_coprocess off/);
  });
  it('python: one bundle, or no dispatcher (gateway/coprocess_bundle.go)', () => {
    expect(starterFor('python', 'pre', 'P').note).toMatch(/Keep the hooks in one bundle/);
  });
});

describe('starters and the source scan together', () => {
  it('any requested name: the starter defines functionName, and renaming it keeps it defined', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DRIVERS),
        fc.constantFrom(...STARTER_HOOKS),
        fc.string({ maxLength: 20 }),
        (driver, hook, requested) => {
          const starter = starterFor(driver, hook, requested);
          if (starter.language === 'none') return;
          const names = definedFunctions(starter.language, starter.source).map((f) => f.name);
          expect(names).toContain(starter.functionName);
          const to = sanitizeIdentifier(starter.language, `${starter.functionName}Renamed`);
          const renamed = renameFunction(starter.language, starter.source, starter.functionName, to);
          expect(renamed.changed).toBeGreaterThan(0);
          const after = definedFunctions(starter.language, renamed.source).map((f) => f.name);
          expect(after).toContain(to);
          expect(after).not.toContain(starter.functionName);
        },
      ),
      { numRuns: 300 },
    );
  });
});
