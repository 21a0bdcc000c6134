import { saveProfile } from '../../state/gateway-profile';
import { DEFAULT_PROFILE } from '../../domain/profile/profile';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { installEmbeddedGateway } from '../../mocks/testing/embedded-gateway-for-tests';
import { seedBulk } from '../../mocks/store';
import { clearFaults, setFaults } from '../../mocks/faults';
import { ApiListPage } from './ApiListPage';
import { createMemoryStorage, setDraftStorage } from '../../drafts/draft-storage';
import { getApi } from '../../gateway/client';
import { getConnection } from '../../gateway/current-gateway';

installEmbeddedGateway();

function renderList(url = '/') {
  const router = createMemoryRouter(
    [
      { path: '/', element: <ApiListPage /> },
      { path: '/apis/:apiId', element: <p>workspace</p> },
    ],
    { initialEntries: [url] },
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').filter((row) => row.getAttribute('aria-hidden') !== 'true').slice(1);

describe('ApiListPage', () => {
  it('lists Classic and OAS APIs with their columns', async () => {
    renderList();
    const table = await screen.findByRole('table', { name: 'APIs on this gateway' });
    expect(within(table).getAllByRole('cell', { name: 'Tyk OAS' }).length).toBeGreaterThan(0);
    expect(within(table).getAllByRole('cell', { name: 'Classic' }).length).toBeGreaterThan(0);
    expect(within(table).getByRole('link', { name: /Orders/ })).toHaveAttribute('href', '/apis/orders');
    expect(screen.getByText(/8 on this gateway/)).toBeInTheDocument();
  });

  it('keeps search and filters in the URL and applies them', async () => {
    const user = userEvent.setup();
    const router = renderList();
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'oas');
    await waitFor(() => expect(router.state.location.search).toBe('?format=oas'));
    await waitFor(() => expect(bodyRows().every((row) => within(row).queryByText('Tyk OAS'))).toBe(true));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'orders');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(router.state.location.search).toBe('?q=orders&format=oas');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 8 shown');
  });

  it('reads filters from the URL, ignores nonsense, and offers to clear an empty result', async () => {
    const user = userEvent.setup();
    renderList('/?plugins=maybe&q=zzz-none');
    expect(await screen.findByText('No API matches this search.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Plugins' })).toHaveValue('any');
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('draws every row of a list of a hundred or so APIs (no virtual list to load)', async () => {
    seedBulk(120);
    renderList();
    const table = await screen.findByRole('table', {}, { timeout: 15_000 });
    expect(table).toHaveAttribute('aria-rowcount', String(120 + 8 + 1));
    expect(bodyRows()).toHaveLength(128);
  });

  it('renders only a window of rows for 10,000 APIs, and says how many there are', async () => {
    seedBulk(10_000);
    renderList();
    const table = await screen.findByRole('table', {}, { timeout: 15_000 });
    expect(table).toHaveAttribute('aria-rowcount', String(10_000 + 8 + 1));
    // The virtual list loads on demand: wait for it to replace the first rows shown meanwhile.
    await waitFor(() => expect(table.querySelector('tr[aria-hidden="true"]')).not.toBeNull());
    const rendered = bodyRows().length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
  });

  it('marks drafts with unpushed changes, lists APIs that exist only as a draft, and each worst finding; the state filter uses them', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    setDraftStorage(storage);
    const gateway = getConnection().label;
    saveProfile(gateway, DEFAULT_PROFILE);
    const payments = await getApi('payments', 'classic');
    await storage.save({ key: `${gateway}::payments`, gateway, apiId: 'payments', format: 'classic', base: payments.doc, doc: { ...payments.doc, name: 'Payments (edited)' }, files: {}, updatedAt: 1 });
    const loyalty = { api_id: 'loyalty', name: 'Loyalty (draft)', proxy: { listen_path: '/loyalty/' } };
    await storage.save({ key: `${gateway}::loyalty`, gateway, apiId: 'loyalty', format: 'classic', base: null, doc: loyalty, files: {}, updatedAt: 2 });

    const router = renderList();
    const table = await screen.findByRole('table', { name: 'APIs on this gateway' });
    const rowOf = (name: RegExp) => within(table).getByRole('link', { name }).closest('tr') as HTMLElement;
    expect(await within(table).findByText('changes not pushed')).toBeInTheDocument();
    expect(within(rowOf(/^Payments API$/)).getByText('changes not pushed')).toBeInTheDocument();
    expect(within(rowOf(/Loyalty \(draft\)/)).getByText('only a draft')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('8 on this gateway, 1 only in this browser');
    // The stock profile has JSVM off: the otto API's hooks answer 500, an error on this gateway.
    await waitFor(() => expect(within(rowOf(/Legacy Inventory/)).getByText('errors')).toBeInTheDocument(), { timeout: 10_000 });
    expect(within(rowOf(/Public Catalogue/)).queryByText(/errors|warnings/)).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'draft-only');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(router.state.location.search).toBe('?state=draft-only');
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'errors');
    await waitFor(() => expect(bodyRows().every((row) => within(row).queryByText('errors'))).toBe(true));
    setDraftStorage(createMemoryStorage());
  });

  it('a list that takes long says what it waits for, and stops waiting when asked', async () => {
    const user = userEvent.setup();
    setFaults({ latencyMs: 8_000 });
    renderList();
    expect(await screen.findByText(/Asking the gateway for the list of its APIs/)).toBeInTheDocument();
    const wait = await screen.findByText(/to send the list of its APIs: \d+ s so far/, {}, { timeout: 6_000 });
    expect(wait).toHaveTextContent('Embedded gateway (demo)');
    expect(screen.getByText(/Asked with GET \/tyk\/apis and GET \/tyk\/apis\/oas/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop waiting' }));
    expect(await screen.findByText('Stopped waiting for the gateway. Nothing was changed.')).toBeInTheDocument();
    clearFaults();
    await user.click(screen.getByRole('button', { name: 'Ask again' }));
    expect(await screen.findByRole('table', { name: 'APIs on this gateway' })).toBeInTheDocument();
  });
});
