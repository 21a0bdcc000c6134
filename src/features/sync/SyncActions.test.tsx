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
import { deleteStored, getServed, getStored, listStored, loadStored, reloadCounts } from '../../mocks/store';
import { installEmbeddedGateway } from '../../mocks/testing/embedded-gateway-for-tests';
import { SyncActions } from './SyncActions';
import { saveProfile } from '../../state/gateway-profile';
import { DEFAULT_PROFILE } from '../../domain/profile/profile';
import { getConnection } from '../../gateway/current-gateway';

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
      { path: '/apis/:apiId/definition', element: <p>definition tab</p> },
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

/** Confirms whatever the review holds the push for (the stock profile has findings on some seeds). */
async function confirmBlockers(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  const list = within(dialog).queryByRole('list', { name: 'What stops the push' });
  for (const box of list ? within(list).getAllByRole('checkbox') : []) if (!(box as HTMLInputElement).checked) await user.click(box);
}

const rename = (session: DraftSession, name: string) => session.replaceDoc({ ...session.getState().draft.doc, name }, 'Rename');

describe('review and push: write, hot reload, read back', () => {
  it('shows what changes, writes with PUT, reloads the node, and takes the copy read back as the base', async () => {
    const user = userEvent.setup();
    const session = await openSession('payments');
    rename(session, 'Payments (edited)');
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog', { name: /Review and push/ }, { timeout: 10_000 });
    expect(await within(dialog).findByRole('list', { name: 'What the push changes' })).toHaveTextContent('$.name');
    expect(within(dialog).getByRole('list', { name: 'The push, in words' })).toHaveTextContent('Name: "Payments API" to "Payments (edited)"');
    expect(within(dialog).getByRole('radio', { name: 'This node' })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Push and reload' }));
    expect(await within(dialog).findByText(/This node reloaded and serves your change/)).toBeInTheDocument();
    expect(getServed('payments')?.doc.name).toBe('Payments (edited)');
    expect(reloadCounts()).toEqual({ node: 1, group: 0 });
    // What the gateway serves means what was sent: the draft keeps its own text, and is clean.
    const { draft } = session.getState();
    expect(draft.base).toBe(draft.doc);
    expect(draft.doc.name).toBe('Payments (edited)');
  });

  it('a second push right after the first raises no conflict: the normalised copy is no change', async () => {
    const user = userEvent.setup();
    const session = await openSession('payments');
    rename(session, 'First');
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    let dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Push and reload' }));
    await within(dialog).findByText(/serves your change/);
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    rename(session, 'Second');
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('list', { name: 'What the push changes' })).toHaveTextContent('$.name');
    expect(within(dialog).queryByText(/changed since you started editing/)).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Push and reload' }));
    await within(dialog).findByText(/serves your change/);
    expect(getServed('payments')?.doc.name).toBe('Second');
  });

  it('says what the gateway changed on load: a listen path another API serves is renamed', async () => {
    const user = userEvent.setup();
    const session = await openSession('fraud-scoring');
    const doc = session.getState().draft.doc;
    session.replaceDoc({ ...doc, proxy: { ...(doc.proxy as object), listen_path: '/payments/' } }, 'Move');
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    // The review says so first, and holds the push until the clash is confirmed by name.
    const blockers = await within(dialog).findByRole('list', { name: 'What stops the push' });
    expect(blockers).toHaveTextContent('Payments API (payments) already serves /payments/');
    expect(within(dialog).getByRole('button', { name: 'Push and reload' })).toBeDisabled();
    await user.click(within(blockers).getByRole('checkbox', { name: /Push anyway: Payments API \(payments\) already serves/ }));
    // The stock profile has its own finding on this API's response hook: confirmed too.
    await confirmBlockers(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Push and reload' }));
    const changed = await within(dialog).findByRole('list', { name: 'What the gateway changed when it loaded the push' });
    expect(changed).toHaveTextContent('$.proxy.listen_path');
    // The draft now holds what the gateway serves (api_loader.go: <path>-<api_id>).
    expect((session.getState().draft.doc.proxy as { listen_path: string }).listen_path).toBe('/payments/-fraud-scoring');
  });

  it('reloads every node of the group when asked, and remembers the choice', async () => {
    const user = userEvent.setup();
    const session = await openSession('payments');
    rename(session, 'Group');
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('radio', { name: 'Every node of its group' }));
    await user.click(within(dialog).getByRole('button', { name: 'Push and reload' }));
    expect(await within(dialog).findByText(/Every node of the group reloaded/)).toBeInTheDocument();
    expect(reloadCounts()).toEqual({ node: 0, group: 1 });
    expect(localStorage.getItem('plugin-studio:reload-target')).toBe('group');
    localStorage.removeItem('plugin-studio:reload-target');
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
    // Keyless with post-auth plugins: the gateway would never run them, which the review holds the push for.
    const blockers = within(dialog).getByRole('list', { name: 'What stops the push' });
    expect(blockers).toHaveTextContent(/keyless/i);
    for (const box of within(blockers).getAllByRole('checkbox')) await user.click(box);
    await user.click(within(dialog).getByRole('button', { name: 'Push and reload' }));
    await within(dialog).findByText(/serves your change/);
    const served = getServed('payments')?.doc;
    expect(served?.use_keyless).toBe(true);
    expect(served?.name).toMatch(/changed elsewhere/);
  });

  it('holds a push the target gateway would not load until each finding is confirmed by name', async () => {
    const user = userEvent.setup();
    // A stock release gateway: no bundle downloader, so it does not load this API at all.
    saveProfile(getConnection().label, DEFAULT_PROFILE);
    const session = await openSession('customer-profiles');
    rename(session, 'Customers');
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    const blockers = await within(dialog).findByRole('list', { name: 'What stops the push' });
    expect(blockers).toHaveTextContent('no bundle downloader');
    const push = within(dialog).getByRole('button', { name: 'Push and reload' });
    expect(push).toBeDisabled();
    await user.click(within(blockers).getByRole('checkbox', { name: /Push anyway: The API loads a plugin bundle/ }));
    expect(push).toBeEnabled();
    await user.click(push);
    await within(dialog).findByText(/serves your change/);
  });

  it('shows the bundle the definition loads: where the gateway fetches it, its build, and a function no file defines', async () => {
    const user = userEvent.setup();
    saveProfile(getConnection().label, { ...DEFAULT_PROFILE, bundleDownloader: true, enableCoprocess: true, bundleBaseUrl: 'https://bundles.example.com/tyk/' });
    const session = await openSession('customer-profiles');
    const middleware = 'from tyk.decorators import *\n\n@Hook\ndef RejectOversizedAvatars(request, session, spec):\n    return request, session\n';
    session.changeFilesAndDoc('Write the plugin', { 'middleware.py': middleware }, { ...session.getState().draft.doc, name: 'Customers' });
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    const bundle = await within(dialog).findByRole('region', { name: 'The bundle it loads' });
    expect(bundle).toHaveTextContent('https://bundles.example.com/tyk/customer-profiles-v3.zip');
    expect(bundle).toHaveTextContent(/Built from the Code tab: middleware\.py; checksum [0-9a-f]{32}/);
    expect(bundle).toHaveTextContent('RedactEmails (Response) — no file defines it');
    expect(within(bundle).getByRole('button', { name: 'Download the bundle' })).toBeEnabled();
    const blockers = within(dialog).getByRole('list', { name: 'What stops the push' });
    expect(blockers).toHaveTextContent('The manifest of customer-profiles-v3.zip names ValidatePartnerToken, which none of the bundle\'s files defines');
    expect(within(dialog).getByRole('button', { name: 'Push and reload' })).toBeDisabled();
    saveProfile(getConnection().label, { ...DEFAULT_PROFILE });
  });

  it('holds a push while the Definition tab holds text that does not parse, with a way to it', async () => {
    const user = userEvent.setup();
    const session = await openSession('payments');
    rename(session, 'Parsed');
    sessionStorage.setItem(`plugin-studio:unparsed-definition:${session.getState().draft.key}`, '{\n  "name": \n}');
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    const alert = await within(dialog).findByText(/holds text that does not parse/);
    expect(alert.parentElement).toHaveTextContent(/Line 3, column 1/);
    expect(within(dialog).getByRole('button', { name: 'Push and reload' })).toBeDisabled();
    expect(within(dialog).getByRole('link', { name: 'Fix it in the Definition tab' })).toHaveAttribute('href', '/apis/payments/definition');
    sessionStorage.clear();
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
    await user.click(within(dialog).getByRole('button', { name: 'Push and reload' }));
    await within(dialog).findByText(/serves your change/);
    expect(getServed('payments')?.doc.name).toBe('Mine');
  });

  it('takes an earlier push of mine that someone else reloaded for no conflict', async () => {
    const user = userEvent.setup();
    const session = await openSession('payments');
    rename(session, 'Already there');
    // My PUT landed earlier but the reload never ran; then someone else reloaded the gateway.
    await fetch('/tyk/apis/payments', {
      method: 'PUT',
      headers: { 'x-tyk-authorization': 'plugin-studio-demo' },
      body: JSON.stringify(session.getState().draft.doc),
    });
    loadStored();
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/Nothing: your draft is the same as the gateway’s copy/)).toBeInTheDocument();
    expect(within(dialog).queryByText(/changed since you started editing/)).toBeNull();
  });

  it('shows a 500 with what to do, keeps the draft, and a retry pushes once', async () => {
    const user = userEvent.setup();
    const session = await openSession('fraud-scoring');
    rename(session, 'Fraud v2');
    setFaults({ failNext: { status: 500, match: 'PUT', body: { status: 'error', message: 'storage is full' } } });
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('button', { name: 'Push and reload' });
    await confirmBlockers(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Push and reload' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('storage is full');
    expect(alert).toHaveTextContent(/Check its logs/);
    expect(session.getState().draft.doc.name).toBe('Fraud v2');
    expect(getStored('fraud-scoring')?.doc.name).not.toBe('Fraud v2');
    const before = listStored().length;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await within(dialog).findByText(/serves your change/);
    expect(listStored()).toHaveLength(before);
    expect(getServed('fraud-scoring')?.doc.name).toBe('Fraud v2');
  });

  it('shows each field a schema refusal names, with a way to it in the definition', async () => {
    const user = userEvent.setup();
    const opened = await getApi('orders', 'oas');
    const session = new DraftSession(
      { key: draftKey('g', 'orders'), gateway: 'g', apiId: 'orders', format: 'oas', base: opened.doc, doc: opened.doc, files: {}, updatedAt: 0 },
      createMemoryStorage(),
    );
    const ext = opened.doc['x-tyk-api-gateway'] as { info: object };
    session.replaceDoc({ ...opened.doc, 'x-tyk-api-gateway': { ...ext, info: { ...ext.info, name: '' } } }, 'Blank name');
    const router = renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Push and reload' }));
    // The first OAS write loads the gateway's compiled schema check: give it time.
    const fields = await within(dialog).findByRole('list', { name: 'Fields the gateway refused' }, { timeout: 15_000 });
    expect(fields).toHaveTextContent('$["x-tyk-api-gateway"].info.name');
    expect(fields).toHaveTextContent("Does not match pattern '\\S+'");
    // Nothing was stored: the gateway keeps the copy it had.
    expect((getStored('orders')?.doc['x-tyk-api-gateway'] as { info: { name: string } }).info.name).toBe('Orders (OAS)');
    await user.click(within(fields).getByRole('link', { name: 'Show in the definition' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/apis/orders/definition'));
    expect(JSON.parse(new URLSearchParams(router.state.location.search).get('at') ?? '[]')).toEqual(['x-tyk-api-gateway', 'info', 'name']);
  });

  it.each([
    [{ failNext: { status: 403, match: 'PUT' } }, 'HTTP 403', /rejected the secret/],
    [{ failNext: { status: 500, match: 'PUT', body: { status: 'error', message: 'Due to enabled use_db_app_configs, please use the Dashboard API' } } }, 'use_db_app_configs', /takes its APIs from a Tyk Dashboard/],
  ])('says what went wrong and what to do, and keeps the edit (%#)', async (faults, message, advice) => {
    const user = userEvent.setup();
    const session = await openSession('payments');
    rename(session, 'Kept');
    setFaults(faults);
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Push and reload' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent(advice);
    expect(session.getState().draft.doc.name).toBe('Kept');
  });

  it('a write whose answer was lost: reloading and reading back tells that it landed', async () => {
    const user = userEvent.setup();
    const session = await openSession('payments');
    rename(session, 'Landed');
    setFaults({ failNext: { status: 0, match: 'PUT', afterHandling: true } });
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Push and reload' }));
    expect(await within(dialog).findByText(/answer to the push was lost on the way, but reading the API back shows the push landed/)).toBeInTheDocument();
    expect(getServed('payments')?.doc.name).toBe('Landed');
  });

  it('waits as long as the push timeout setting says, then reads back to tell that the slow write landed', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    localStorage.setItem('plugin-studio:push-timeout-seconds', '2');
    const session = await openSession('payments');
    rename(session, 'Slow but landed');
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    const pushButton = await within(dialog).findByRole('button', { name: 'Push and reload' });
    // The write takes 2.5 s: its answer comes after the 2 s the setting allows. The reload that follows
    // takes a while too, so it loads the write.
    setFaults({ slow: [{ ms: 2_500, match: 'PUT' }, { ms: 1_500, match: '/tyk/reload' }] });
    await user.click(pushButton);
    expect(await within(dialog).findByText(/answer to the push was lost on the way/, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(getServed('payments')?.doc.name).toBe('Slow but landed');
    clearFaults();
    localStorage.removeItem('plugin-studio:push-timeout-seconds');
  });

  it('a write that never arrived: reading back says it did not land, and a retry pushes', async () => {
    const user = userEvent.setup();
    const session = await openSession('payments');
    rename(session, 'Lost');
    setFaults({ failNext: { status: 0, match: 'PUT' } });
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Push and reload' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(/did not reach the gateway/);
    expect(getServed('payments')?.doc.name).toBe('Payments API');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await within(dialog).findByText(/serves your change/);
    expect(getServed('payments')?.doc.name).toBe('Lost');
  });

  it('a failed reload after a good write says the change waits for a reload, and a retry only reloads', async () => {
    const user = userEvent.setup();
    const session = await openSession('payments');
    rename(session, 'Waiting');
    setFaults({ failNext: { status: 500, match: 'GET /tyk/reload' } });
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Push and reload' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/stored on the gateway, but the hot reload failed/);
    expect(getStored('payments')?.doc.name).toBe('Waiting');
    expect(getServed('payments')?.doc.name).toBe('Payments API');
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await within(dialog).findByText(/serves your change/);
    expect(getServed('payments')?.doc.name).toBe('Waiting');
  });

  it('offers to re-create an API deleted underneath, from the draft', async () => {
    const user = userEvent.setup();
    const session = await openSession('legacy-inventory');
    rename(session, 'Inventory again');
    deleteStored('legacy-inventory');
    loadStored();
    renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Review and push' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/no longer has this API/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Re-create it from your draft' }));
    await within(dialog).findByText(/serves your new API/);
    expect(getServed('legacy-inventory')?.doc.name).toBe('Inventory again');
  });

  it('deletes only after asking, reloads, keeps the draft, and goes to the drafts list', async () => {
    const user = userEvent.setup();
    const session = await openSession('public-catalogue');
    const router = renderActions(session);
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: /Delete/ });
    expect(getStored('public-catalogue')).toBeDefined();
    await user.click(within(dialog).getByRole('button', { name: 'Delete from the gateway' }));
    await within(dialog).findByText(/no longer serve/);
    expect(getServed('public-catalogue')).toBeUndefined();
    expect(session.getState().draft.base).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/drafts'));
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
