import { describe, expect, it, vi, beforeEach } from 'vitest';
import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render as renderPlain, screen, fireEvent } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { DraftSession } from '../../drafts/draft-session';
import { createMemoryStorage } from '../../drafts/draft-storage';
import type { Draft } from '../../drafts/draft-types';
import { readPluginModel } from '../../domain';
import DefinitionEditorView from './DefinitionEditorView';

vi.mock('../../monaco', () => import('../../monaco/testing/fake-monaco-module'));

const doc = {
  api_id: 'a1',
  name: 'Orders',
  proxy: { listen_path: '/orders/' },
  custom_middleware: { driver: 'otto', pre: [{ name: 'Before', path: 'before.js' }] },
};

function makeSession(): DraftSession {
  const draft: Draft = { key: 'g::a1', gateway: 'g', apiId: 'a1', format: 'classic', base: doc, doc, files: {}, updatedAt: 0 };
  return new DraftSession(draft, createMemoryStorage());
}

/**
 * The view needs a query client (it may ask the gateway for its schema; none is asked in embedded mode) and
 * a router (`?at=` names a field to show).
 */
function render(ui: ReactElement, entry = '/apis/a1/definition') {
  const client = new QueryClient();
  return renderPlain(
    <MemoryRouter initialEntries={[entry]}>
      <QueryClientProvider client={client}>{ui}</QueryClientProvider>
    </MemoryRouter>,
  );
}

const editor = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: /Definition JSON/ });
const preNames = (session: DraftSession) =>
  readPluginModel(session.getState().draft.doc, 'classic').hooks.pre.functions.map((f) => f.name);

describe('DefinitionEditorView', () => {
  beforeEach(() => {
    sessionStorage.clear();
    vi.useFakeTimers();
    return () => vi.useRealTimers();
  });

  it('replaces the definition with valid JSON after a pause, as one undo step', () => {
    const session = makeSession();
    render(<DefinitionEditorView session={session} />);
    const next = { ...doc, custom_middleware: { driver: 'otto', pre: [{ name: 'Renamed', path: 'before.js' }] } };
    fireEvent.change(editor(), { target: { value: JSON.stringify(next, null, 2) } });
    expect(preNames(session)).toEqual(['Before']);
    act(() => vi.advanceTimersByTime(500));
    expect(preNames(session)).toEqual(['Renamed']);
    expect(session.getState().past.map((step) => step.label)).toEqual(['Edit JSON']);
  });

  it('never lets invalid JSON replace the last valid definition, lists the error with its line and keeps the text', () => {
    const session = makeSession();
    const { unmount } = render(<DefinitionEditorView session={session} />);
    const broken = '{\n  "api_id": "a1",\n  "name": \n}';
    fireEvent.change(editor(), { target: { value: broken } });
    act(() => vi.advanceTimersByTime(1000));
    expect(session.getState().draft.doc).toBe(doc);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The JSON is not valid');
    expect(alert).toHaveTextContent('Line 4, column 1');
    expect(screen.getByRole('list', { name: 'Editor markers' })).toHaveTextContent('4:');

    // Leaving the tab and coming back keeps what was typed.
    unmount();
    render(<DefinitionEditorView session={session} />);
    expect(editor()).toHaveValue(broken);
    expect(session.getState().draft.doc).toBe(doc);

    // The user may give up on the text: the last valid definition comes back.
    fireEvent.click(screen.getByRole('button', { name: /Discard this text/ }));
    expect(editor().value).toContain('"custom_middleware"');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1000));
    expect(session.getState().past).toHaveLength(0);
  });

  it('refuses a change of format and non-object JSON', () => {
    const session = makeSession();
    render(<DefinitionEditorView session={session} />);
    fireEvent.change(editor(), { target: { value: '[1, 2]' } });
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('alert')).toHaveTextContent('A definition is a JSON object');
    const oas = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, 'x-tyk-api-gateway': { info: { name: 't' } } };
    fireEvent.change(editor(), { target: { value: JSON.stringify(oas) } });
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('alert')).toHaveTextContent('Tyk OAS definition, but this API is Tyk Classic');
    expect(session.getState().draft.doc).toBe(doc);
  });

  it('follows changes made elsewhere (undo, the pipeline) unless the text does not parse', () => {
    const session = makeSession();
    render(<DefinitionEditorView session={session} />);
    act(() => session.replaceDoc({ ...doc, name: 'From the pipeline' }, 'Rename'));
    expect(editor().value).toContain('"From the pipeline"');
    act(() => session.undo());
    expect(editor().value).toContain('"Orders"');

    fireEvent.change(editor(), { target: { value: '{ "oops": ' } });
    act(() => session.replaceDoc({ ...doc, name: 'Elsewhere' }, 'Rename'));
    expect(editor()).toHaveValue('{ "oops": ');
    act(() => vi.advanceTimersByTime(1000));
    expect(session.getState().draft.doc.name).toBe('Elsewhere');
  });

  it('saves the last keystrokes when the tab closes within the pause', () => {
    const session = makeSession();
    const { unmount } = render(<DefinitionEditorView session={session} />);
    fireEvent.change(editor(), { target: { value: JSON.stringify({ ...doc, name: 'Quick' }) } });
    unmount();
    expect(session.getState().draft.doc.name).toBe('Quick');
  });

  it('shows the field `?at=` names (a gateway refusal links here): the editor reveals its line', () => {
    const session = makeSession();
    render(<DefinitionEditorView session={session} />, `/apis/a1/definition?at=${encodeURIComponent('["proxy","listen_path"]')}`);
    const line = editor().value.split('\n').findIndex((text) => text.includes('"listen_path"')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(screen.getByTestId('fake-monaco').getAttribute('data-revealed-line')).toBe(String(line));
  });
});
