import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { DraftSession } from '../../drafts/draft-session';
import { createMemoryStorage } from '../../drafts/draft-storage';
import type { Draft, PluginFiles } from '../../drafts/draft-types';
import { readPluginModel } from '../../domain';
import type { JsonObject } from '../../domain/json';
import PluginCodeView from './PluginCodeView';

vi.mock('../../monaco', () => import('../../monaco/testing/fake-monaco-module'));

const classic = (driver: string, pre: JsonObject[] = []): JsonObject => ({
  api_id: 'a1',
  name: 'A',
  proxy: { listen_path: '/a/' },
  use_keyless: false,
  custom_middleware: { driver, pre, post: [] },
});

function setup(doc: JsonObject, files: PluginFiles = {}, url = '/apis/a1/code') {
  const draft: Draft = { key: 'g::a1', gateway: 'g', apiId: 'a1', format: 'classic', base: doc, doc, files, updatedAt: 0 };
  const session = new DraftSession(draft, createMemoryStorage());
  const router = createMemoryRouter([{ path: '/apis/:apiId/code', element: <PluginCodeView session={session} /> }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
  return { session, router };
}

describe('PluginCodeView', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('creates a function from the starter on Pre: the file is in the draft, the function on the hook, in one undo step', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { session, router } = setup(classic('otto'));
    await user.click(screen.getByRole('button', { name: 'New function…' }));
    const form = screen.getByRole('form', { name: 'New function' });
    await user.selectOptions(within(form).getByLabelText('Hook'), 'pre');
    await user.type(within(form).getByLabelText('Function name'), 'AddHeader');
    await user.click(within(form).getByRole('button', { name: 'Create function' }));

    const { draft, past } = session.getState();
    expect(Object.keys(draft.files)).toEqual(['AddHeader.js']);
    expect(readPluginModel(draft.doc, 'classic').hooks.pre.functions.map((f) => f.name)).toEqual(['AddHeader']);
    expect(past).toHaveLength(1);
    expect(router.state.location.search).toBe('?file=AddHeader.js&fn=AddHeader');
    const editor = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Plugin file AddHeader.js' });
    expect(editor.value).toContain('var AddHeader = new TykJS.TykMiddleware.NewMiddleware');

    // Typing saves the file after a pause, without an undo step of its own.
    fireEvent.change(editor, { target: { value: `${editor.value}\n// edited\n` } });
    act(() => vi.advanceTimersByTime(400));
    expect(session.getState().draft.files['AddHeader.js']).toContain('// edited');
    expect(session.getState().past).toHaveLength(1);
  });

  it('shows the refusal when the starter cannot be attached', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { session } = setup(classic('lua'));
    await user.click(screen.getByRole('button', { name: 'New function…' }));
    await user.type(screen.getByLabelText('Function name'), 'x');
    await user.click(screen.getByRole('button', { name: 'Create function' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/lua/i);
    expect(session.getState().draft.files).toEqual({});
  });

  it('opens the file that defines ?fn= and marks functions the definition names that the file does not define', () => {
    const files = {
      'hooks.js': 'var First = new TykJS.TykMiddleware.NewMiddleware({});\n',
      'other.js': '// nothing here\n',
    };
    setup(classic('otto', [{ name: 'First', path: 'hooks.js' }, { name: 'Second', path: 'hooks.js' }, { name: 'Third', path: 'gone.js' }]), files, '/apis/a1/code?fn=First');
    expect(screen.getByRole('textbox', { name: 'Plugin file hooks.js' })).toBeInTheDocument();
    const markers = screen.getByRole('list', { name: 'Editor markers' });
    expect(markers).toHaveTextContent('Second');
    expect(markers).not.toHaveTextContent('"First"');

    const tree = screen.getByRole('navigation', { name: 'Plugin files' });
    expect(within(tree).getByRole('button', { name: /gone\.js\s*missing/ })).toBeInTheDocument();
    const list = screen.getByRole('complementary', { name: 'Functions the definition names' });
    expect(within(list).getByRole('button', { name: 'hooks.js, line 1' })).toBeInTheDocument();
    expect(list).toHaveTextContent('Its file gone.js is not in this draft.');
    // Third belongs to gone.js: no marker for it in hooks.js.
    expect(markers).not.toHaveTextContent('Third');
  });

  it('offers to create a missing file from a starter', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { session } = setup(classic('otto', [{ name: 'Third', path: 'gone.js' }]), {}, '/apis/a1/code?file=gone.js');
    await user.click(screen.getByRole('button', { name: 'Create gone.js from a starter' }));
    expect(session.getState().draft.files['gone.js']).toContain('var Third = new TykJS');
  });

  it('"Edit code" on a compiled Go function offers its starter, and writing it opens the new file at the function', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const doc = classic('goplugin', [{ name: 'RequestID', path: '/opt/tyk/plugins/orders.so' }]);
    const { session, router } = setup(doc, {}, '/apis/a1/code?fn=RequestID');
    const offer = screen.getByRole('region', { name: 'Function without source' });
    expect(offer).toHaveTextContent('No file here defines RequestID');
    // The offer replaces the empty editor's hint.
    expect(screen.queryByText(/No file is open/)).not.toBeInTheDocument();
    await user.click(within(offer).getByRole('button', { name: 'Write RequestID from a starter' }));

    const { draft, past } = session.getState();
    expect(draft.files['request_id.go']).toContain('func RequestID(rw http.ResponseWriter, r *http.Request)');
    // Only the files change, in one undo step: the definition still names the compiled plugin.
    expect(draft.doc).toEqual(doc);
    expect(past).toHaveLength(1);
    expect(router.state.location.search).toBe('?file=request_id.go&fn=RequestID');
    expect(screen.queryByRole('region', { name: 'Function without source' })).not.toBeInTheDocument();
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Plugin file request_id.go' }).value).toContain(
      'func RequestID',
    );
    const list = screen.getByRole('complementary', { name: 'Functions the definition names' });
    expect(within(list).getByRole('button', { name: /^request_id\.go, line \d+$/ })).toBeInTheDocument();
  });

  it('offers nothing for a function another file defines, when the link names a different file', () => {
    const files = { 'a.js': '// nothing here\n', 'b.js': 'var Moved = new TykJS.TykMiddleware.NewMiddleware({});\n' };
    setup(classic('otto', [{ name: 'Moved', path: 'a.js' }]), files, '/apis/a1/code?file=a.js&fn=Moved');
    expect(screen.queryByRole('region', { name: 'Function without source' })).not.toBeInTheDocument();
  });

  it('offers the same from the list of functions, and says why when the name cannot be written', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { session } = setup(classic('goplugin', [{ name: 'bad-name', path: 'x.so' }]));
    const list = screen.getByRole('complementary', { name: 'Functions the definition names' });
    await user.click(within(list).getByRole('button', { name: 'Write bad-name from a starter' }));
    expect(screen.getByRole('status')).toHaveTextContent('not a valid go function name');
    expect(session.getState().draft.files).toEqual({});
  });

  it('shows what a gRPC server must serve instead of an editor', () => {
    setup(classic('grpc', [{ name: 'CheckHeaders', path: '' }]));
    const note = screen.getByRole('region', { name: 'gRPC server' });
    expect(note).toHaveTextContent('CheckHeaders');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
