import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { appendPush, EMPTY_LOG, type PushRecord } from './push-log';
import { lastDefinition, versionsOf } from './versions';

const api = (pre: string[], name = 'Orders'): JsonObject => ({
  api_id: 'orders',
  name,
  proxy: { listen_path: '/orders/' },
  custom_middleware: { driver: 'goplugin', pre: pre.map((fn) => ({ name: fn, path: 'p.so' })) },
});

const push = (id: string, before: JsonObject | null, sent: JsonObject | null, action: PushRecord['action'] = 'modified'): PushRecord => ({
  id,
  apiId: 'orders',
  format: 'classic',
  at: '2026-12-04T10:00:00Z',
  action,
  before,
  sent,
});

describe('versions of an API from its push log', () => {
  it('newest first: each push in words, and the copy before the first push', () => {
    let log = appendPush(EMPTY_LOG, push('a', api([]), api(['Auth'])));
    log = appendPush(log, push('b', api(['Auth']), api(['Auth', 'Log'])));
    const versions = versionsOf(log);
    expect(versions.map((version) => version.id)).toEqual(['b:sent', 'a:sent', 'a:before']);
    expect(versions[0]?.changes).toEqual(['Pre hook: + Log at position 2']);
    expect(versions[1]?.changes).toEqual(['Pre hook: + Auth at position 1']);
    expect(versions[2]?.title).toBe('Before the first push kept here');
  });

  it('shows a change made elsewhere between two pushes as a version of its own', () => {
    let log = appendPush(EMPTY_LOG, push('a', api([]), api(['Auth'])));
    log = appendPush(log, push('b', api(['Auth'], 'Orders v2'), api(['Auth', 'Log'], 'Orders v2')));
    const versions = versionsOf(log);
    expect(versions.map((version) => version.id)).toEqual(['b:sent', 'b:before', 'a:sent', 'a:before']);
    expect(versions[1]).toMatchObject({ changedElsewhere: true, changes: ['Name: "Orders" to "Orders v2"'] });
  });

  it('a created API has no "before"; a deleted one ends with no definition, and its last one is restorable', () => {
    let log = appendPush(EMPTY_LOG, push('a', null, api(['Auth']), 'added'));
    log = appendPush(log, push('b', api(['Auth']), null, 'deleted'));
    const versions = versionsOf(log);
    expect(versions.map((version) => version.title)).toEqual(['Deleted', 'Created']);
    expect(versions[0]?.changes).toEqual(['API deleted from the gateway']);
    expect(lastDefinition(versions)?.id).toBe('a:sent');
  });
});
