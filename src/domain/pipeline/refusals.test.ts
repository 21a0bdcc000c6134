import { describe, expect, it } from 'vitest';
import { readPluginModel } from '../definition/read';
import type { JsonObject } from '../json';
import { DRIVER_HOOK_SUPPORT, driverServesHook } from './driver-matrix';
import { DRIVERS, HOOK_KINDS } from './model';
import { canAttach, canSetIdExtractor, hookLock } from './refusals';
import { classicFixture } from './test-fixtures';

const withDriver = (driver: string, extra: JsonObject = {}) => {
  const doc = classicFixture();
  return readPluginModel({ ...doc, ...extra, custom_middleware: { ...(doc['custom_middleware'] as JsonObject), driver } }, 'classic');
};

describe('driver × hook matrix', () => {
  it('covers every driver and hook', () => {
    for (const d of DRIVERS) for (const h of HOOK_KINDS) expect(DRIVER_HOOK_SUPPORT[d][h]).toBeDefined();
  });

  it('serves everything with release drivers; Lua only on custom builds, and never response hooks', () => {
    for (const d of ['goplugin', 'otto', 'javascript', 'python', 'grpc']) for (const h of HOOK_KINDS) expect(driverServesHook(d, h).ok).toBe(true);
    expect(driverServesHook('lua', 'pre')).toMatchObject({ ok: false, code: 'lua-unavailable' });
    expect(driverServesHook('lua', 'pre', { luaAvailable: true }).ok).toBe(true);
    expect(driverServesHook('lua', 'response', { luaAvailable: true })).toMatchObject({ ok: false, code: 'driver-lacks-hook' });
    expect(driverServesHook('', 'pre')).toMatchObject({ ok: false, code: 'no-driver' });
    expect(driverServesHook('rust', 'post')).toMatchObject({ ok: false, code: 'unknown-driver' });
    expect(driverServesHook('', 'analytics').ok).toBe(true);
  });
});

describe('canAttach', () => {
  it('says why while dragging: one auth function, keyless APIs, Go-only analytics', () => {
    const model = withDriver('goplugin', { custom_middleware: {} });
    expect(canAttach(model, 'pre', { name: 'F', path: 'f.so' })).toEqual({ ok: true });
    const auth = readPluginModel({ ...classicFixture(), custom_middleware: { driver: 'goplugin', auth_check: { name: 'Mine', path: 'm.so' } } }, 'classic');
    const refused = canAttach(auth, 'auth', { name: 'F', path: 'f.so' });
    expect(refused).toMatchObject({ ok: false, code: 'auth-occupied' });
    if (!refused.ok) expect(refused.reason).toContain('Mine');
    expect(canAttach(auth, 'auth', { name: 'F', path: 'f.so' }, { moving: { hook: 'auth', index: 0 } }).ok).toBe(true);
    const keyless = withDriver('goplugin', { use_keyless: true });
    expect(canAttach(keyless, 'postAuth', { name: 'F', path: 'f.so' })).toMatchObject({ ok: false, code: 'keyless-post-auth' });
    expect(canAttach(keyless, 'pre', { name: 'F', path: 'f.so' }).ok).toBe(true);
    expect(canAttach(model, 'analytics', { name: 'F', path: 'f.js' })).toMatchObject({ ok: false, code: 'analytics-not-go' });
  });

  it('checks the file type against the driver', () => {
    expect(canAttach(withDriver('goplugin'), 'pre', { name: 'F', path: 'f.js' })).toMatchObject({ code: 'driver-path-mismatch' });
    expect(canAttach(withDriver('otto'), 'pre', { name: 'F', path: 'f.so' })).toMatchObject({ code: 'driver-path-mismatch' });
    // A .so response hook goes to Go whatever the driver.
    expect(canAttach(withDriver('otto'), 'response', { name: 'F', path: 'f.so' }).ok).toBe(true);
    expect(canAttach(withDriver('python'), 'pre', { name: 'F', path: '' }).ok).toBe(true);
    expect(canAttach(withDriver('python'), 'pre', { name: '' })).toMatchObject({ code: 'empty-name' });
  });

  it('allows the id extractor only for co-process drivers', () => {
    expect(canSetIdExtractor(withDriver('python')).ok).toBe(true);
    expect(canSetIdExtractor(withDriver('grpc')).ok).toBe(true);
    expect(canSetIdExtractor(withDriver('goplugin'))).toMatchObject({ ok: false, code: 'id-extractor-ignored' });
  });
});

describe('hookLock', () => {
  it('locks a hook no function could go in, with the same reason a drop on it gets', () => {
    const fn = { name: 'F', path: 'f.lua' };
    const lua = withDriver('lua');
    for (const hook of ['pre', 'auth', 'postAuth', 'post', 'response'] as const) {
      const lock = hookLock(lua, hook);
      const drop = canAttach(lua, hook, fn);
      expect(lock).toBeDefined();
      expect(drop.ok ? undefined : drop.reason).toBe(lock);
    }
    // The analytics plugin is a Go .so whatever the driver; a Lua build opens the request hooks.
    expect(hookLock(lua, 'analytics')).toBeUndefined();
    expect(hookLock(lua, 'pre', { luaAvailable: true })).toBeUndefined();
    expect(hookLock(lua, 'response', { luaAvailable: true })).toMatch(/returns the response untouched/);
  });

  it('locks auth and post-auth on a keyless API only, and every request hook without a driver', () => {
    const keyless = withDriver('goplugin', { use_keyless: true });
    expect(hookLock(keyless, 'auth')).toMatch(/keyless/);
    expect(hookLock(keyless, 'postAuth')).toMatch(/keyless/);
    expect(hookLock(keyless, 'pre')).toBeUndefined();
    expect(hookLock(withDriver('goplugin'), 'auth')).toBeUndefined();
    expect(hookLock(withDriver(''), 'post')).toMatch(/No plugin driver/);
    expect(hookLock(withDriver('rust'), 'pre')).toMatch(/"rust" is not a driver/);
  });
});

describe('canAttachEndpoint', () => {
  it('wants a Go .so per endpoint and JavaScript for a virtual endpoint', async () => {
    const { canAttachEndpoint } = await import('./endpoint-edits');
    expect(canAttachEndpoint('goPlugin', { name: 'F', path: 'f.so' }).ok).toBe(true);
    expect(canAttachEndpoint('goPlugin', { name: 'F', path: 'f.js' })).toMatchObject({ ok: false, code: 'endpoint-not-go' });
    expect(canAttachEndpoint('virtual', { name: 'F', path: 'f.so' })).toMatchObject({ ok: false, code: 'virtual-not-js' });
    expect(canAttachEndpoint('virtual', { name: '' })).toMatchObject({ ok: false, code: 'empty-name' });
  });
});
