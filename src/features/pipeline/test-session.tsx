import type { ReactNode } from 'react';
import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { DraftSession } from '../../drafts/draft-session';
import { createMemoryStorage } from '../../drafts/draft-storage';
import type { PluginFiles } from '../../drafts/draft-types';
import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';

/** A Classic API with a function in each of pre (two), auth, post-auth and post. */
export function classicDoc(overrides: JsonObject = {}): JsonObject {
  return {
    api_id: 'test-api',
    name: 'Test API',
    use_keyless: false,
    custom_plugin_auth_enabled: true,
    proxy: { listen_path: '/test/', target_url: 'http://upstream' },
    custom_middleware: {
      driver: 'goplugin',
      pre: [
        { name: 'First', path: '/p/a.so', require_session: false, raw_body_only: false },
        { name: 'Second', path: '/p/a.so', require_session: false, raw_body_only: true },
      ],
      auth_check: { name: 'CheckToken', path: '/p/a.so', require_session: false, raw_body_only: false },
      post_key_auth: [{ name: 'Scope', path: '/p/a.so', require_session: true, raw_body_only: false }],
      post: [{ name: 'Mask', path: '/p/a.so', require_session: false, raw_body_only: false }],
      response: [],
    },
    version_data: {
      not_versioned: true,
      versions: {
        Default: {
          name: 'Default',
          extended_paths: {
            go_plugin: [{ path: '/refunds/{id}', method: 'POST', plugin_path: '/p/refund.so', func_name: 'Refund', disabled: false }],
          },
        },
      },
    },
    ...overrides,
  };
}

export function testSession(doc: JsonObject, format: DefinitionFormat = 'classic', files: PluginFiles = {}): DraftSession {
  return new DraftSession(
    { key: 'test::test-api', gateway: 'test', apiId: 'test-api', format, base: doc, doc, files, updatedAt: 0 },
    createMemoryStorage(),
    () => 1,
  );
}

/** A query client and a router (the cards link to the Code tab) around the view under test. */
export function withQueryClient(children: ReactNode, { path = '/apis/test-api' }: { path?: string } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return (
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>{children}</MemoryRouter>
    </QueryClientProvider>
  );
}

type User = ReturnType<typeof userEvent.setup>;

/** A function's card in the diagram, by its name ("First, Pre position 1 of 2"). */
export const card = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}, \\S+ position \\d+ of \\d+$`) });

/** Opens a menu by its button's name and picks one of its items. */
export async function pickFromMenu(user: User, menu: string, item: string | RegExp): Promise<void> {
  await user.click(screen.getByRole('button', { name: menu }));
  await user.click(within(screen.getByRole('menu', { name: menu })).getByRole('menuitem', { name: item }));
}

/** Selects a function's card and returns the inspector's form for it. */
export async function inspect(user: User, name: string): Promise<HTMLElement> {
  await user.click(card(name));
  return screen.getByRole('form', { name: `Edit ${name}` });
}
