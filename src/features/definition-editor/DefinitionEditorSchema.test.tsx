import { HttpResponse, http } from 'msw';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JsonObject } from '../../domain/json';
import type * as CurrentGateway from '../../gateway/current-gateway';
import { DraftSession } from '../../drafts/draft-session';
import { createMemoryStorage } from '../../drafts/draft-storage';
import type { Draft } from '../../drafts/draft-types';
import { server } from '../../mocks/node';
import { installEmbeddedGateway } from '../../mocks/testing/embedded-gateway-for-tests';
import DefinitionEditorView from './DefinitionEditorView';

vi.mock('../../monaco', () => import('../../monaco/testing/fake-monaco-module'));

// Which gateway the page talks to is fixed at build time; the tests switch it here.
const gateway = vi.hoisted(() => ({ mode: 'embedded' as 'embedded' | 'proxy' }));
vi.mock('../../gateway/current-gateway', async (importOriginal) => {
  const actual = await importOriginal<typeof CurrentGateway>();
  return {
    ...actual,
    getConnection: () =>
      gateway.mode === 'proxy' ? { mode: 'proxy', label: 'http://gw:8080', baseUrl: '', key: 'http://gw:8080' } : actual.getConnection(),
  };
});

installEmbeddedGateway();

const oasDoc: JsonObject = {
  openapi: '3.0.3',
  info: { title: 'Orders', version: '1' },
  paths: {},
  'x-tyk-api-gateway': { info: { id: 'o1', name: 'Orders' }, upstream: {}, server: {} },
};
const classicDoc: JsonObject = { api_id: 'c1', name: 'Payments', custom_middleware: { driver: 'otto' } };

function open(doc: JsonObject, format: 'oas' | 'classic') {
  const draft: Draft = { key: `g::${format}`, gateway: 'g', apiId: 'x', format, base: doc, doc, files: {}, updatedAt: 0 };
  const session = new DraftSession(draft, createMemoryStorage());
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  render(
    <MemoryRouter>
      <QueryClientProvider client={client}>
        <DefinitionEditorView session={session} />
      </QueryClientProvider>
    </MemoryRouter>,
  );
  return session;
}

const note = () => screen.getByTestId('schema-source');
const schemaUri = () => screen.getByTestId('fake-monaco').getAttribute('data-schema-uri');

/** GET /tyk/schema on the "real" gateway (the dev server's proxy adds the secret, so none is checked here). */
function realGatewaySchema(answer: () => Response): string[] {
  const asked: string[] = [];
  server.use(
    http.get('*/tyk/schema', ({ request }) => {
      asked.push(new URL(request.url).searchParams.get('oasVersion') ?? '');
      return answer();
    }),
  );
  return asked;
}

const tykSchema = {
  status: 'Success',
  message: '',
  schema: {
    properties: { 'x-tyk-api-gateway': { $ref: '#/definitions/X-Tyk-APIGateway' } },
    definitions: { 'X-Tyk-APIGateway': { type: 'object' } },
  },
};

describe("the Definition tab's schema", () => {
  beforeEach(() => {
    sessionStorage.clear();
    gateway.mode = 'embedded';
  });

  it('on the embedded gateway: the own schema, said so, and the gateway is not asked', async () => {
    const asked = realGatewaySchema(() => HttpResponse.json(tykSchema));
    open(oasDoc, 'oas');
    expect(note()).toHaveTextContent("Checked against Plugin Studio's own schema: the embedded demo gateway");
    expect(note()).toHaveAttribute('data-source', 'own');
    expect(schemaUri()).toBe('plugin-studio://schemas/tyk-oas-plugins.json');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toEqual([]);
  });

  it("on a real gateway: the own schema while the gateway's loads, then the gateway's for the document's openapi version", async () => {
    gateway.mode = 'proxy';
    const asked = realGatewaySchema(() => HttpResponse.json(tykSchema));
    open(oasDoc, 'oas');
    expect(note()).toHaveTextContent("Checked against Plugin Studio's own schema while the gateway's loads");
    expect(schemaUri()).toBe('plugin-studio://schemas/tyk-oas-plugins.json');
    expect(await screen.findByText("Checked against the gateway's schema (Tyk OAS 3.0.3).")).toHaveAttribute('data-source', 'gateway');
    expect(schemaUri()).toBe('plugin-studio://schemas/gateway/tyk-oas-3.0.3.json');
    expect(asked).toEqual(['3.0.3']);
  });

  it("a version the gateway lacks: the own schema, with the gateway's reason", async () => {
    gateway.mode = 'proxy';
    realGatewaySchema(() => HttpResponse.json({ status: 'Failed', message: 'Schema not found for version "3.0.3"' }, { status: 404 }));
    open(oasDoc, 'oas');
    expect(
      await screen.findByText(
        "Checked against Plugin Studio's own schema: the gateway did not provide one (Schema not found for version \"3.0.3\").",
      ),
    ).toHaveAttribute('data-source', 'own');
    expect(schemaUri()).toBe('plugin-studio://schemas/tyk-oas-plugins.json');
  });

  it('a malformed answer, or a refused secret: the own schema, with the reason', async () => {
    gateway.mode = 'proxy';
    realGatewaySchema(() => HttpResponse.json({ status: 'Success', message: '' }));
    open(oasDoc, 'oas');
    expect(await screen.findByText(/the gateway did not provide one \(The answer to .*does not look like Tyk's/)).toBeInTheDocument();
    expect(schemaUri()).toBe('plugin-studio://schemas/tyk-oas-plugins.json');
  });

  it('a definition without an openapi version, and Tyk Classic: the own schema, without asking', async () => {
    gateway.mode = 'proxy';
    const asked = realGatewaySchema(() => HttpResponse.json(tykSchema));
    const { openapi: _openapi, ...noVersion } = oasDoc;
    open(noVersion, 'oas');
    expect(note()).toHaveTextContent('the definition names no openapi version');
    document.body.innerHTML = '';
    open(classicDoc, 'classic');
    expect(note()).toHaveTextContent("Checked against Plugin Studio's own schema of the Tyk Classic plugin fields.");
    expect(schemaUri()).toBe('plugin-studio://schemas/tyk-classic-plugins.json');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toEqual([]);
  });
});
