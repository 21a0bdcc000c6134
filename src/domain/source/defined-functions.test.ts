import { describe, expect, it } from 'vitest';
import { definedFunctions } from './defined-functions';

const names = (fns: { name: string }[]): string[] => fns.map((f) => f.name);

describe('definedFunctions: Go', () => {
  const src = [
    'package main', // 1
    '', // 2
    '// func InComment(rw http.ResponseWriter, r *http.Request) {}', // 3
    '/* func InBlock() {', // 4
    '} */', // 5
    'var s = "func InString() {"', // 6
    'var raw = `', // 7
    'func InRaw() {}', // 8
    '`', // 9
    "var r = '}'", // 10
    'func (m *T) Method(rw http.ResponseWriter) {}', // 11
    'func MyPre(rw http.ResponseWriter, r *http.Request) {', // 12
    '\tf := func(x int) {}', // 13
    '\t_ = f', // 14
    '}', // 15
    'func Generic[T any](v T) {}', // 16
    'func Ünïcode() {}', // 17
  ].join('\n');

  it('finds top-level funcs with their lines, not methods, comments or strings', () => {
    expect(definedFunctions('go', src)).toEqual([
      { name: 'MyPre', line: 12, kind: 'function' },
      { name: 'Generic', line: 16, kind: 'function' },
      { name: 'Ünïcode', line: 17, kind: 'function' },
    ]);
  });
});

describe('definedFunctions: Python', () => {
  const src = [
    'from tyk.decorators import *', // 1
    '"""', // 2
    'def InDocstring(request, session, spec):', // 3
    '"""', // 4
    '# def InComment(request):', // 5
    '', // 6
    '@Hook', // 7
    'def MyPre(request, session, spec):', // 8
    '    def nested(x):', // 9
    '        return x', // 10
    "    s = 'def InString(x):'", // 11
    '    return request, session', // 12
    '', // 13
    '@decorators.Hook', // 14
    '', // 15
    'def MyAuth(request, session, metadata, spec):', // 16
    '    return request, session, metadata', // 17
    'def helper():', // 18
    '    pass', // 19
  ].join('\n');

  it('finds module-level defs with their decorators', () => {
    const found = definedFunctions('python', src);
    expect(names(found)).toEqual(['MyPre', 'MyAuth', 'helper']);
    expect(found[0]).toMatchObject({ line: 8, decorators: ['Hook'] });
    expect(found[1]).toMatchObject({ line: 16, decorators: ['decorators.Hook'] });
    expect(found[2]).toMatchObject({ decorators: [] });
  });
});

describe('definedFunctions: JavaScript', () => {
  const src = [
    '// var InComment = new TykJS.TykMiddleware.NewMiddleware({});', // 1
    'var sample = new TykJS.TykMiddleware.NewMiddleware({});', // 2
    'sample.NewProcessRequest(function (request, session, spec) {', // 3
    '  function inner() {}', // 4
    '  var s = "function InString() {";', // 5
    '  var re = /function InRegex\\(/;', // 6
    '  var t = `${ "}" } function InTemplate() {`;', // 7
    '  return sample.ReturnData(request, {});', // 8
    '});', // 9
    'function virtualOne(request, session, config) {', // 10
    '  return TykJsResponse({ Body: "x", Code: 200 }, session.meta_data);', // 11
    '}', // 12
    'const arrow = (a, b) => a / b;', // 13
    'let legacy = function (x) { return x; };', // 14
    'obj.prop = function () {};', // 15
    '/* function InBlock() {} */', // 16
  ].join('\n');

  it('finds middleware objects and top-level functions only', () => {
    expect(definedFunctions('javascript', src)).toEqual([
      { name: 'sample', line: 2, kind: 'middleware' },
      { name: 'virtualOne', line: 10, kind: 'function' },
      { name: 'arrow', line: 13, kind: 'function' },
      { name: 'legacy', line: 14, kind: 'function' },
    ]);
  });

  it('keeps counting braces after a template literal with nested expressions', () => {
    const tpl = 'var a = `x${ {k: `in ${1}`}.k }y`;\nfunction after() {}\n';
    expect(names(definedFunctions('javascript', tpl))).toEqual(['after']);
  });

  it('tells division from a regular expression', () => {
    const js =
      'var x = (a) / 2; var y = b / 3 / 4;\nfunction ok() {}\nvar r = x.replace(/\\/}/g, "");\nfunction ok2() {}\n';
    expect(names(definedFunctions('javascript', js))).toEqual(['ok', 'ok2']);
  });
});

describe('definedFunctions: Lua', () => {
  const src = [
    '-- function InComment(request, session, spec)', // 1
    '--[[ function InLongComment()', // 2
    'end ]]', // 3
    'local s = [==[ function InLongString() ]==]', // 4
    'function MyPre(request, session, spec)', // 5
    '  local t = "function InString()"', // 6
    '  return request, session', // 7
    'end', // 8
    'local function hidden() end', // 9
    'Assigned = function(request, session, spec) return request, session end', // 10
    'function M.method() end', // 11
  ].join('\n');

  it('finds global functions, not locals, methods, comments or strings', () => {
    expect(definedFunctions('lua', src)).toEqual([
      { name: 'MyPre', line: 5, kind: 'function' },
      { name: 'Assigned', line: 10, kind: 'function' },
    ]);
  });
});

describe('definedFunctions: robustness', () => {
  it('returns nothing for gRPC and survives unterminated comments and strings', () => {
    expect(definedFunctions('none', 'func X() {}')).toEqual([]);
    expect(definedFunctions('go', '/* never closed\nfunc A() {}')).toEqual([]);
    expect(names(definedFunctions('go', '"open\nfunc B() {}'))).toEqual(['B']);
    expect(names(definedFunctions('javascript', '`open ${\nfunction C() {}'))).toEqual([]);
    expect(names(definedFunctions('python', "'''open\ndef D():"))).toEqual([]);
  });
});
