import { StrictMode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { DraftSession } from '../../drafts/draft-session';
import { createMemoryStorage } from '../../drafts/draft-storage';
import { draftKey } from '../../drafts/draft-types';
import { getApi } from '../../gateway/client';
import { clearFaults, setFaults, simulateConcurrentChange } from '../../mocks/faults';
import { deleteStored, getStored, listStored, reloadCounts } from '../../mocks/store';
import { installEmbeddedGateway } from '../../mocks/testing/embedded-gateway-for-tests';
import { SyncActions } from './SyncActions';

vi.mock('../../monaco', () => import('../../monaco/testing/fake-monaco-module'));

installEmbeddedGateway();

async function openSession(id: string) {
  const api = await getApi(id, 'classic');
  const session = new DraftSession(
    { key: draftKey('g', id), gateway: 'g', apiId: id, format: 'classic', base: api.doc, doc: api.doc, files: {}, updatedAt: 0 },
    createMemoryStorage(),
  );
  return session;
}

function renderActions(session: DraftSession) {
  const router = createMemoryRouter(
    [
      { path: '/apis/:apiId', element: <SyncActions session={session} /> },
      { path: '/drafts', element: <p>drafts page</p> },
    ],
    { initialEntries: [`/apis/${session.getState().draft.apiId}`] },
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // StrictMode runs effects twice, as in development: the dialog's first check is replaced, never shown.
  render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
  return router;
}

const rename = (session: DraftSession, name: string) => session.replaceDoc({ ...session.getState().draft.doc, name }, 'Rename');

describe('review and push', () => {
  it('shows what changes, pushes with PUT, rebases the draft, and hot reloads the node', async () => {
    const user = userEvent.setup();
    const session = await openSession('payments');
    rename(session, 'Payments (edited)');
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog', { name: /Review and push/ }, { timeout: 10_000 });
    expect(await within(dialog).findByRole('list', { name: 'What the push changes' })).toHaveTextContent('$.name');
    await user.click(within(dialog).getByRole('button', { name: 'Push to the gateway' }));
    expect(await within(dialog).findByText(/The gateway saved your draft \(modified\)/)).toBeInTheDocument();
    expect(getStored('payments')?.doc.name).toBe('Payments (edited)');
    expect(session.getState().draft.base?.name).toBe('Payments (edited)');
    await user.click(within(dialog).getByRole('button', { name: 'Hot reload this node' }));
    expect(await within(dialog).findByText(/This node has reloaded/)).toBeInTheDocument();
    expect(reloadCounts()).toEqual({ node: 1, group: 0 });
  });

  it('stops at a concurrent change, and re-applies my edits onto theirs', async () => {
    const user = userEvent.setup();
    const session = await openSession('payments');
    session.replaceDoc({ ...session.getState().draft.doc, use_keyless: true }, 'Keyless');
    simulateConcurrentChange('payments');
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/changed since you started editing/)).toBeInTheDocument();
    expect(within(dialog).getByRole('list', { name: 'They changed' })).toHaveTextContent('$.name');
    expect(within(dialog).getByRole('list', { name: 'You changed' })).toHaveTextContent('$.use_keyless');
    expect(getStored('payments')?.doc.use_keyless).not.toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Re-apply my edits onto theirs' }));
    expect(await within(dialog).findByText(/1 carried over/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Push to the gateway' }));
    await within(dialog).findByText(/The gateway saved your draft/);
    const stored = getStored('payments')?.doc;
    expect(stored?.use_keyless).toBe(true);
    expect(stored?.name).toMatch(/changed elsewhere/);
  });

  it('overwrites only after a second, explicit confirmation', async () => {
    const user = userEvent.setup();
    const session = await openSession('payments');
    rename(session, 'Mine');
    simulateConcurrentChange('payments');
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Overwrite their changes…' }));
    await user.click(within(dialog).getByRole('button', { name: 'Yes, overwrite their changes' }));
    expect(within(dialog).getByRole('note')).toHaveTextContent(/replaces the other person/);
    await user.click(within(dialog).getByRole('button', { name: 'Push to the gateway' }));
    await within(dialog).findByText(/The gateway saved your draft/);
    expect(getStored('payments')?.doc.name).toBe('Mine');
  });

  it('shows a 500 with what to do, keeps the draft, and a retry pushes once', async () => {
    const user = userEvent.setup();
    const session = await openSession('fraud-scoring');
    rename(session, 'Fraud v2');
    setFaults({ failNext: { status: 500, match: 'PUT', body: { status: 'error', message: 'storage is full' } } });
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Push to the gateway' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('storage is full');
    expect(alert).toHaveTextContent(/Check its logs/);
    expect(session.getState().draft.doc.name).toBe('Fraud v2');
    expect(getStored('fraud-scoring')?.doc.name).not.toBe('Fraud v2');
    const before = listStored().length;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await within(dialog).findByText(/The gateway saved your draft/);
    expect(listStored()).toHaveLength(before);
    expect(getStored('fraud-scoring')?.doc.name).toBe('Fraud v2');
  });

  it.each([
    [{ failNext: { status: 400, match: 'PUT', body: { status: 'error', message: 'Request malformed' } } }, 'Request malformed', /Fix what its message names/],
    [{ failNext: { status: 403, match: 'PUT' } }, 'HTTP 403', /rejected the secret/],
    [{ failNext: { status: 0, match: 'PUT' } }, 'Could not reach the gateway', /does not answer/],
  ])('says what went wrong and what to do, and keeps the edit (%#)', async (faults, message, advice) => {
    const user = userEvent.setup();
    const session = await openSession('payments');
    rename(session, 'Kept');
    setFaults(faults);
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Push to the gateway' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent(advice);
    expect(session.getState().draft.doc.name).toBe('Kept');
  });

  it('offers to re-create an API deleted underneath, from the draft', async () => {
    const user = userEvent.setup();
    const session = await openSession('legacy-inventory');
    rename(session, 'Inventory again');
    deleteStored('legacy-inventory');
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/no longer has this API/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Re-create it from your draft' }));
    await within(dialog).findByText(/The gateway saved your draft \(added\)/);
    expect(getStored('legacy-inventory')?.doc.name).toBe('Inventory again');
  });

  it('deletes only after asking, keeps the draft, and goes to the drafts list', async () => {
    const user = userEvent.setup();
    const session = await openSession('public-catalogue');
    const router = renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: /Delete/ });
    expect(getStored('public-catalogue')).toBeDefined();
    await user.click(within(dialog).getByRole('button', { name: 'Delete from the gateway' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/drafts'));
    expect(getStored('public-catalogue')).toBeUndefined();
    expect(session.getState().draft.base).toBeNull();
  });

  it('lets a slow request be cancelled, and says so', async () => {
    const user = userEvent.setup();
    const session = await openSession('payments');
    setFaults({ latencyMs: 5_000 });
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Cancel request' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/cancelled/);
    clearFaults();
  });
});
