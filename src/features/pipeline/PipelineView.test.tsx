import { beforeAll, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { JsonObject } from '../../domain/json';
import { PipelineView } from './PipelineView';
import { classicDoc, testSession, withQueryClient } from './test-session';

function setup(doc: JsonObject = classicDoc()) {
  const session = testSession(doc);
  const user = userEvent.setup();
  render(withQueryClient(<PipelineView session={session} />));
  const names = (hook: string) =>
    Array.from(screen.getByTestId(`hook-${hook}`).querySelectorAll('li[data-function]')).map((item) => item.getAttribute('data-function'));
  const cm = () => session.getState().draft.doc.custom_middleware as Record<string, { name: string }[]>;
  return { session, user, names, cm };
}

describe('PipelineView', () => {
  beforeAll(() => {
    // jsdom has no layout: dnd-kit's keyboard sensor scrolls the picked-up node into view.
    Element.prototype.scrollIntoView ??= () => {};
  });

  it('shows the hooks in the gateway order with their functions and flags', () => {
    const { names } = setup();
    const headings = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    const order = ['Pre hook', 'Auth hook', 'Post-auth hook', 'Post hook', 'Response hook', 'Analytics hook'].map((name) => headings.indexOf(name));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(names('pre')).toEqual(['First', 'Second']);
    expect(within(screen.getByTestId('fn-pre-1')).getByText('raw body only')).toBeInTheDocument();
    expect(within(screen.getByTestId('fn-postAuth-0')).getByText('requires session')).toBeInTheDocument();
  });

  it('keeps a long hook light: the first functions, then all of them on request', async () => {
    const pre = Array.from({ length: 40 }, (_, i) => ({ name: `Fn${i}`, path: '/p/a.so', require_session: false, raw_body_only: false }));
    const { user, names } = setup(classicDoc({ custom_middleware: { driver: 'goplugin', pre, post: [], response: [] } }));
    expect(names('pre')).toEqual(pre.slice(0, 12).map((fn) => fn.name));
    expect(within(screen.getByTestId('hook-pre')).getByText('40 functions')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all 40 Pre functions (28 more)' }));
    expect(names('pre')).toEqual(pre.map((fn) => fn.name));
    // The palette lists what it knows the same way, with a filter to find the rest.
    await user.type(screen.getByLabelText(/^Filter \d+ functions$/), 'Fn39');
    expect(within(screen.getByRole('list', { name: 'Known functions' })).getAllByRole('listitem').map((item) => item.getAttribute('data-palette'))).toEqual(['Fn39']);
  });

  it('moves a function to another hook from its "Move to…" menu, as one undo step', async () => {
    const { session, user, names, cm } = setup();
    await user.click(screen.getByRole('button', { name: 'Move First to…' }));
    await user.click(within(screen.getByRole('list', { name: 'Move to for First' })).getByRole('button', { name: 'Post' }));
    expect(names('pre')).toEqual(['Second']);
    expect(names('post')).toEqual(['Mask', 'First']);
    expect(cm().post?.map((fn) => fn.name)).toEqual(['Mask', 'First']);
    expect(session.getState().past).toHaveLength(1);
    act(() => session.undo());
    expect(names('pre')).toEqual(['First', 'Second']);
    expect(names('post')).toEqual(['Mask']);
  });

  it('reorders with the move buttons and removes with the Delete key', async () => {
    const { user, names } = setup();
    await user.click(screen.getByRole('button', { name: 'Move First down' }));
    expect(names('pre')).toEqual(['Second', 'First']);
    const handle = screen.getByRole('button', { name: /^Drag First, Pre position 2/ });
    handle.focus();
    await user.keyboard('{Delete}');
    expect(names('pre')).toEqual(['Second']);
    expect(screen.getByTestId('pipeline-message')).toHaveTextContent('Removed First from Pre');
  });

  it('refuses a second auth function, says why, and changes nothing', async () => {
    const { session, user, names } = setup();
    const before = session.getState().draft.doc;
    await user.click(screen.getByRole('button', { name: 'Move Mask to…' }));
    await user.click(within(screen.getByRole('list', { name: 'Move to for Mask' })).getByRole('button', { name: 'Auth' }));
    const message = screen.getByTestId('pipeline-message');
    expect(message).toHaveAttribute('data-tone', 'error');
    expect(message).toHaveTextContent(/Refused: .*holds one function.*CheckToken/);
    expect(session.getState().draft.doc).toBe(before);
    expect(session.getState().past).toHaveLength(0);
    expect(names('post')).toEqual(['Mask']);
  });

  it('refuses post-auth on a keyless API with the reason', async () => {
    const { session, user } = setup(classicDoc({ use_keyless: true, custom_plugin_auth_enabled: false }));
    await user.click(screen.getByRole('button', { name: 'Move First to…' }));
    await user.click(within(screen.getByRole('list', { name: 'Move to for First' })).getByRole('button', { name: 'Post-auth' }));
    expect(screen.getByTestId('pipeline-message')).toHaveTextContent(/keyless/);
    expect(session.getState().past).toHaveLength(0);
  });

  it('adds a new function from the palette and undoes it in one step', async () => {
    const { session, user, names } = setup();
    await user.click(screen.getByRole('button', { name: 'New function…' }));
    await user.type(screen.getByLabelText('Function name'), 'Audit');
    await user.type(screen.getByLabelText('File (path)'), '/p/a.so');
    await user.click(screen.getByRole('button', { name: 'Add to palette' }));
    await user.click(screen.getByRole('button', { name: 'Add Audit to…' }));
    await user.click(within(screen.getByRole('list', { name: 'Add to for Audit' })).getByRole('button', { name: 'Pre' }));
    expect(names('pre')).toEqual(['First', 'Second', 'Audit']);
    expect(session.getState().past).toHaveLength(1);
    await user.click(document.body);
    act(() => session.undo());
    expect(names('pre')).toEqual(['First', 'Second']);
    act(() => session.redo());
    expect(names('pre')).toEqual(['First', 'Second', 'Audit']);
  });

  it('checks a new function with zod before it reaches the palette', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'New function…' }));
    await user.type(screen.getByLabelText('Function name'), 'has space');
    await user.click(screen.getByRole('button', { name: 'Add to palette' }));
    expect(await screen.findByText(/letters, digits and _ only/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Drag has space from the palette' })).toBeNull();
  });

  it('edits a function in the side panel as one edit', async () => {
    const { session, user, cm } = setup();
    await user.click(screen.getByRole('button', { name: 'Edit Second' }));
    const form = screen.getByRole('form', { name: 'Edit Second' });
    const name = within(form).getByLabelText('Function name');
    await user.clear(name);
    await user.type(name, 'Renamed');
    await user.click(within(form).getByLabelText('Requires the session'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(cm().pre?.[1]).toMatchObject({ name: 'Renamed', require_session: true, raw_body_only: true });
    expect(session.getState().past).toHaveLength(1);
  });

  it('toggles a function off and shows it disabled', async () => {
    const { user, cm } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Mask in Post enabled' }));
    expect(cm().post?.[0]).toMatchObject({ name: 'Mask', disabled: true });
    expect(within(screen.getByTestId('fn-post-0')).getByText('disabled')).toBeInTheDocument();
  });

  it('picks up with the keyboard, shows which hooks refuse and why, and announces the cancel', async () => {
    const { session } = setup();
    const handle = screen.getByRole('button', { name: /^Drag Second, Pre position 2/ });
    handle.focus();
    fireEvent.keyDown(handle, { key: ' ', code: 'Space' });
    expect(await within(screen.getByTestId('hook-auth')).findByTestId('zone-refusal')).toHaveTextContent(/holds one function/);
    expect(within(screen.getByTestId('hook-post')).queryByTestId('zone-refusal')).toBeNull();
    // The keyboard sensor listens for the next key after a tick.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    fireEvent.keyDown(handle, { key: 'Escape', code: 'Escape' });
    expect(await screen.findByText(/Cancelled\. Second stays where it was/)).toBeInTheDocument();
    expect(screen.queryByTestId('zone-refusal')).toBeNull();
    expect(session.getState().past).toHaveLength(0);
  });

  it('marks lint findings on the function they are about, after the paint', async () => {
    const doc = classicDoc();
    const cm = doc.custom_middleware as { pre: { name: string; path: string }[] };
    cm.pre = [{ name: 'First', path: 'first.js' }];
    setup(doc);
    const markers = await within(screen.getByTestId('fn-pre-0')).findByRole('list', { name: 'Findings for First' });
    expect(markers).toHaveTextContent(/\.so|Go/);
  });

  it('traces a request: the per-endpoint plugin runs only for its endpoint', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByLabelText('Method'), 'POST');
    await user.clear(screen.getByLabelText('Path under the listen path'));
    await user.type(screen.getByLabelText('Path under the listen path'), '/refunds/12');
    await user.click(screen.getByRole('button', { name: 'Trace' }));
    expect(screen.getByTestId('trace-prediction')).toHaveTextContent('Refund');
    await user.clear(screen.getByLabelText('Path under the listen path'));
    await user.type(screen.getByLabelText('Path under the listen path'), '/orders');
    await user.click(screen.getByRole('button', { name: 'Trace' }));
    expect(screen.getByTestId('trace-prediction')).not.toHaveTextContent('Refund');
    expect(screen.getByTestId('endpoint-goPlugin')).toHaveTextContent('only on another endpoint');
  });
});
