import { describe, expect, it } from 'vitest';
import { readPluginModel } from '../definition/read';
import type { JsonObject } from '../json';
import { sourceFindings } from './source-findings';

function classic(driver: string, hooks: JsonObject, extra: JsonObject = {}): JsonObject {
  return { name: 'api', api_id: 'a1', use_keyless: true, custom_middleware: { driver, ...hooks }, ...extra };
}

const PY = `from tyk.decorators import *

@Hook
def Good(request, session, spec):
    return request, session

def Plain(request, session, spec):
    return request, session
`;

describe('sourceFindings', () => {
  it('Python: a missing name, an undecorated function, and a good hook', () => {
    const doc = classic('python', {
      pre: [{ name: 'Good' }, { name: 'Plain' }, { name: 'Missing' }, { name: 'Off', disabled: true }],
    });
    const found = sourceFindings(readPluginModel(doc, 'classic'), {
      'middleware.py': PY,
      'other.py': 'def Missing(): pass',
    });
    expect(found.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['function-wrong-form', 'custom_middleware.pre.1'],
      ['function-not-in-source', 'custom_middleware.pre.2'],
    ]);
    expect(found[0]).toMatchObject({ file: 'middleware.py', line: 7 });
    expect(found[0]?.message).toMatch(/@Hook/);
    expect(found[1]?.message).toContain('"Missing"');
  });

  it('JSVM: the entry must be a middleware object, looked up in its own file first', () => {
    const doc = classic('otto', {
      pre: [
        { name: 'pre', path: 'pre.js' },
        { name: 'plain', path: 'plain.js' },
        { name: 'elsewhere', path: 'not-here.js' },
      ],
    });
    const files = {
      'pre.js': 'var pre = new TykJS.TykMiddleware.NewMiddleware({});',
      'plain.js': 'function plain(request, session) { return request; }',
      'lib.js': '// var elsewhere = new TykJS.TykMiddleware.NewMiddleware({});',
    };
    const found = sourceFindings(readPluginModel(doc, 'classic'), files);
    expect(found.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['function-wrong-form', 'custom_middleware.pre.1'],
      ['function-not-in-source', 'custom_middleware.pre.2'],
    ]);
    expect(found[1]?.message).toMatch(/any javascript file \(pre\.js, plain\.js, lib\.js\)/);
  });

  it('checks nothing when the app holds no file of that language, or the driver is gRPC', () => {
    const go = classic('goplugin', { pre: [{ name: 'Pre', path: 'plugin.so' }] });
    expect(sourceFindings(readPluginModel(go, 'classic'), { 'notes.md': 'x' })).toEqual([]);
    const grpc = classic('grpc', { pre: [{ name: 'Pre' }] });
    expect(sourceFindings(readPluginModel(grpc, 'classic'), { 'x.py': '' })).toEqual([]);
    const go2 = classic('goplugin', { post: [{ name: 'Post', path: 'plugin.so' }] });
    expect(
      sourceFindings(readPluginModel(go2, 'classic'), {
        'post.go': 'package main\nfunc Post(rw http.ResponseWriter, r *http.Request) {}',
      }),
    ).toEqual([]);
  });

  it('virtual endpoints are JSVM functions whatever the driver', () => {
    const doc = classic(
      'python',
      {},
      {
        version_data: {
          not_versioned: true,
          versions: {
            Default: {
              name: 'Default',
              extended_paths: {
                virtual: [
                  {
                    path: '/v',
                    method: 'GET',
                    response_function_name: 'answer',
                    function_source_uri: 'answer.js',
                  },
                ],
              },
            },
          },
        },
      },
    );
    const model = readPluginModel(doc, 'classic');
    expect(model.endpointPlugins).toHaveLength(1);
    const mw = { 'answer.js': 'var answer = new TykJS.TykMiddleware.NewMiddleware({});' };
    expect(sourceFindings(model, mw).map((f) => f.code)).toEqual(['function-wrong-form']);
    const fn = { 'answer.js': 'function answer(request, session, config) { return TykJsResponse({}, {}); }' };
    expect(sourceFindings(model, fn)).toEqual([]);
  });
});
