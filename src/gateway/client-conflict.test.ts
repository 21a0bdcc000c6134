import { describe, expect, it } from 'vitest';
import { simulateConcurrentChange } from '../mocks/faults';
import { getStored } from '../mocks/store';
import { installEmbeddedGateway } from '../mocks/testing/embedded-gateway-for-tests';
import { getApi, updateApi } from './client';
import { GatewayConflictError } from './errors';

installEmbeddedGateway();

describe('pushing over a concurrent change', () => {
  it('pushes when the gateway copy is still the one opened', async () => {
    const opened = await getApi('orders', 'oas');
    const mine = { ...opened.doc, info: { title: 'Orders (mine)', version: '2.2.0' } };
    await expect(updateApi('orders', 'oas', mine, { base: opened.doc })).resolves.toMatchObject({ action: 'modified' });
    expect(getStored('orders')?.doc.info).toEqual({ title: 'Orders (mine)', version: '2.2.0' });
  });

  it('refuses, with their copy, when someone else changed it; nothing is overwritten', async () => {
    const opened = await getApi('payments', 'classic');
    simulateConcurrentChange('payments');
    const mine = { ...opened.doc, name: 'Payments (mine)' };
    const error = await updateApi('payments', 'classic', mine, { base: opened.doc }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayConflictError);
    const conflict = error as GatewayConflictError;
    expect(conflict.kind).toBe('conflict');
    expect(conflict.theirs.doc.name).toBe('Payments API (changed elsewhere)');
    expect(getStored('payments')?.doc.name).toBe('Payments API (changed elsewhere)');
    // Overwriting on purpose: no base.
    await expect(updateApi('payments', 'classic', mine)).resolves.toMatchObject({ action: 'modified' });
    expect(getStored('payments')?.doc.name).toBe('Payments (mine)');
  });

  it('takes the copy the gateway normalised on load for the one opened: defaults it filled in are no change', async () => {
    const opened = await getApi('payments', 'classic');
    // What the user opened before the gateway filled in its defaults: the seed as written.
    const asWritten = getStored('payments')?.doc;
    if (!asWritten) throw new Error('no seed');
    expect(Object.keys(opened.doc).length).toBeGreaterThan(Object.keys(asWritten).length);
    await expect(updateApi('payments', 'classic', { ...asWritten, name: 'Renamed' }, { base: asWritten })).resolves.toMatchObject({ action: 'modified' });
  });
});
