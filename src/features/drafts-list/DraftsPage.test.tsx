import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStorage, setDraftStorage, type DraftStorage } from '../../drafts/draft-storage';
import { draftKey, type Draft } from '../../drafts/draft-types';
import { getConnection } from '../../gateway/current-gateway';
import { getServed } from '../../mocks/store';
import { installEmbeddedGateway } from '../../mocks/testing/embedded-gateway-for-tests';
import { DraftsPage } from './DraftsPage';

installEmbeddedGateway();

let storage: DraftStorage;
const gateway = getConnection().label;
const doc = { api_id: 'gone-api', name: 'Gone API', proxy: { listen_path: '/gone/', target_url: 'http://u' } };

function draft(overrides: Partial<Draft>): Draft {
  return { key: draftKey(gateway, 'gone-api'), gateway, apiId: 'gone-api', format: 'classic', base: null, doc, files: {}, updatedAt: 1, ...overrides };
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <DraftsPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  storage = createMemoryStorage();
  setDraftStorage(storage);
});

describe('DraftsPage', () => {
  it('lists drafts with where they stand, and opens one', async () => {
    await storage.save(draft({ key: draftKey(gateway, 'payments'), apiId: 'payments', base: { ...doc, name: 'Old' }, doc: { ...doc, name: 'Edited' } }));
    renderPage();
    const item = await screen.findByRole('listitem', { name: 'Edited' });
    expect(item).toHaveTextContent('Changes not pushed');
    expect(within(item).getByRole('link', { name: /Open/ })).toHaveAttribute('href', '/apis/payments');
  });

  it('creates an API that is not on the gateway from its draft, once', async () => {
    const user = userEvent.setup();
    await storage.save(draft({}));
    renderPage();
    const item = await screen.findByRole('listitem', { name: 'Gone API' });
    expect(item).toHaveTextContent('Not on the gateway');
    await user.click(within(item).getByRole('button', { name: 'Create on the gateway' }));
    await waitFor(async () => expect((await storage.load(draft({}).key))?.base).toEqual(doc));
    // Created, reloaded and read back: the gateway serves it.
    expect(getServed('gone-api')?.doc.name).toBe('Gone API');
    // Now the same as the gateway's copy, with no plugin files: nothing left to list.
    expect(await screen.findByText(/No drafts/)).toBeInTheDocument();
  });

  it('keeps a draft the same as the gateway only for its plugin files', async () => {
    await storage.save(draft({ key: draftKey(gateway, 'payments'), apiId: 'payments', base: doc, doc }));
    await storage.save(draft({ key: draftKey(gateway, 'orders'), apiId: 'orders', base: { ...doc, name: 'Orders' }, doc: { ...doc, name: 'Orders' }, files: { 'a.js': 'x' } }));
    renderPage();
    const item = await screen.findByRole('listitem', { name: 'Orders' });
    expect(item).toHaveTextContent('Same as the gateway, with plugin files');
    expect(screen.queryByRole('listitem', { name: 'Gone API' })).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('discards only after a confirmation', async () => {
    const user = userEvent.setup();
    await storage.save(draft({}));
    renderPage();
    const item = await screen.findByRole('listitem', { name: 'Gone API' });
    await user.click(within(item).getByRole('button', { name: /Discard…/ }));
    expect(await storage.load(draft({}).key)).toBeDefined();
    await user.click(within(item).getByRole('button', { name: /Yes, discard/ }));
    expect(await screen.findByText(/No drafts/)).toBeInTheDocument();
    expect(await storage.load(draft({}).key)).toBeUndefined();
  });
});
