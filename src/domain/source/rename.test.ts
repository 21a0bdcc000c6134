import { describe, expect, it } from 'vitest';
import { definedFunctions } from './defined-functions';
import { renameFunction } from './rename';

describe('renameFunction', () => {
  it('Go: renames the definition and calls, not comments, strings, properties or longer words', () => {
    const src = [
      '// MyPre does things',
      'func MyPre(rw http.ResponseWriter, r *http.Request) { MyPreHelper(); other.MyPre() }',
      'var _ = MyPre',
      'var s = "MyPre"',
    ].join('\n');
    const out = renameFunction('go', src, 'MyPre', 'AddHeader');
    expect(out.changed).toBe(2);
    expect(out.source).toBe(
      [
        '// MyPre does things',
        'func AddHeader(rw http.ResponseWriter, r *http.Request) { MyPreHelper(); other.MyPre() }',
        'var _ = AddHeader',
        'var s = "MyPre"',
      ].join('\n'),
    );
  });

  it('JavaScript: renames a middleware object and its method calls', () => {
    const src = [
      'var pre = new TykJS.TykMiddleware.NewMiddleware({});',
      '/* pre */ pre.NewProcessRequest(function (request, session) {',
      '  log(`pre ${pre.x}`); // pre',
      '  return pre.ReturnData(request, {});',
      '});',
    ].join('\n');
    const out = renameFunction('javascript', src, 'pre', 'addHeader');
    expect(out.changed).toBe(4);
    expect(out.source).toContain('var addHeader = new TykJS');
    expect(out.source).toContain('/* pre */ addHeader.NewProcessRequest');
    expect(out.source).toContain('log(`pre ${addHeader.x}`); // pre');
    expect(definedFunctions('javascript', out.source).map((f) => f.name)).toEqual(['addHeader']);
  });

  it('Python: leaves docstrings and comments alone', () => {
    const src =
      '@Hook\ndef MyPost(request, session, spec):\n    """MyPost docs"""\n    # MyPost\n    return request, session\n';
    const out = renameFunction('python', src, 'MyPost', 'Audit');
    expect(out).toEqual({ source: src.replace('def MyPost', 'def Audit'), changed: 1 });
  });

  it('Lua: renames calls after `..` but not fields after `:` or `.`', () => {
    const src =
      'function Hook1(request, session, spec)\n  local s = "x" .. Hook1 .. t:Hook1() .. t.Hook1\n  return request, session\nend\n';
    const out = renameFunction('lua', src, 'Hook1', 'Hook2');
    expect(out.changed).toBe(2);
    expect(out.source).toContain('function Hook2(');
    expect(out.source).toContain('"x" .. Hook2 .. t:Hook1() .. t.Hook1');
  });

  it('refuses names the language does not accept, and changes nothing', () => {
    expect(renameFunction('go', 'func A() {}', 'A', 'func')).toMatchObject({
      changed: 0,
      source: 'func A() {}',
    });
    expect(renameFunction('python', 'def a(): pass', 'a', '1x').reason).toMatch(/not a valid python name/);
    expect(renameFunction('none', 'x', 'a', 'b').changed).toBe(0);
    expect(renameFunction('lua', 'function a() end', 'a', 'a')).toEqual({
      source: 'function a() end',
      changed: 0,
    });
  });
});
