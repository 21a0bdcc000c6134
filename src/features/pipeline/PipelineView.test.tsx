import { beforeAll, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { JsonObject } from '../../domain/json';
import { PipelineView } from './PipelineView';
import { card, classicDoc, inspect, pickFromMenu, testSession, withQueryClient } from './test-session';

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
    expect(within(screen.getByTestId('fn-pre-1')).getByText('raw body')).toBeInTheDocument();
    expect(within(screen.getByTestId('fn-postAuth-0')).getByText('session')).toBeInTheDocument();
    // The phases in order, request then response, each with its built-in stages as chips.
    const phases = within(screen.getByRole('list', { name: /^Request phases/ })).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(phases).toEqual(['Before authentication', 'Authentication', 'After authentication', 'Transforms', 'Endpoint', 'To the upstream']);
    expect(screen.getByRole('button', { name: 'CORS' })).toHaveAccessibleDescription(/^(Active|Inactive): \S/);
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

  it('moves a function to another hook from its card menu, as one undo step', async () => {
    const { session, user, names, cm } = setup();
    await pickFromMenu(user, 'Actions for First', 'Post');
    expect(names('pre')).toEqual(['Second']);
    expect(names('post')).toEqual(['Mask', 'First']);
    expect(cm().post?.map((fn) => fn.name)).toEqual(['Mask', 'First']);
    expect(session.getState().past).toHaveLength(1);
    act(() => session.undo());
    expect(names('pre')).toEqual(['First', 'Second']);
    expect(names('post')).toEqual(['Mask']);
  });

  it('reorders from the card menu and removes with the Delete key', async () => {
    const { user, names } = setup();
    await pickFromMenu(user, 'Actions for First', 'Move down');
    expect(names('pre')).toEqual(['Second', 'First']);
    const handle = card('First');
    handle.focus();
    await user.keyboard('{Delete}');
    expect(names('pre')).toEqual(['Second']);
    expect(screen.getByTestId('pipeline-message')).toHaveTextContent('Removed First from Pre');
  });

  it('refuses a second auth function, says why, and changes nothing', async () => {
    const { session, user, names } = setup();
    const before = session.getState().draft.doc;
    await pickFromMenu(user, 'Actions for Mask', 'Auth');
    const message = screen.getByTestId('pipeline-message');
    expect(message).toHaveAttribute('data-tone', 'error');
    expect(message).toHaveTextContent(/Refused: .*holds one function.*CheckToken/);
    expect(session.getState().draft.doc).toBe(before);
    expect(session.getState().past).toHaveLength(0);
    expect(names('post')).toEqual(['Mask']);
  });

  it('shows the hooks a keyless API locks before any drag, and refuses a drop there with the same reason', async () => {
    const { session, user } = setup(classicDoc({ use_keyless: true, custom_plugin_auth_enabled: false, custom_middleware: { driver: 'goplugin', pre: [{ name: 'First', path: '/p/a.so' }] } }));
    const lock = within(screen.getByTestId('hook-postAuth')).getByTestId('hook-lock');
    expect(lock).toHaveTextContent(/keyless/);
    expect(within(screen.getByTestId('hook-auth')).getByTestId('hook-lock')).toHaveTextContent(/keyless/);
    expect(within(screen.getByTestId('hook-pre')).queryByTestId('hook-lock')).toBeNull();
    await pickFromMenu(user, 'Actions for First', 'Post-auth');
    expect(screen.getByTestId('pipeline-message')).toHaveTextContent(/keyless/);
    expect(lock.textContent).toContain(screen.getByTestId('pipeline-message').textContent?.replace(/^Refused: | Nothing changed\.×?$/g, '').trim());
    expect(session.getState().past).toHaveLength(0);
  });

  it('locks the request hooks of a Lua API on a release build, and opens them on a Lua build', () => {
    const doc = classicDoc({ custom_middleware: { driver: 'lua', pre: [], post: [], response: [] } });
    render(withQueryClient(<PipelineView session={testSession(doc)} />));
    expect(within(screen.getByTestId('hook-pre')).getByTestId('hook-lock')).toHaveTextContent(/-tags lua/);
    expect(within(screen.getByTestId('hook-analytics')).queryByTestId('hook-lock')).toBeNull();
  });

  it('adds a new function from the palette and undoes it in one step', async () => {
    const { session, user, names } = setup();
    await user.click(screen.getByRole('button', { name: 'New function…' }));
    await user.type(screen.getByLabelText('Function name'), 'Audit');
    await user.type(screen.getByLabelText('File (path)'), '/p/a.so');
    await user.click(screen.getByRole('button', { name: 'Add to palette' }));
    await pickFromMenu(user, 'Add Audit to…', 'Pre');
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
    expect(screen.queryByRole('button', { name: 'has space, in the palette' })).toBeNull();
  });

  it('edits a function in the inspector as one edit', async () => {
    const { session, user, cm } = setup();
    const form = await inspect(user, 'Second');
    expect(screen.getByRole('tab', { name: 'Inspector' })).toHaveAttribute('aria-selected', 'true');
    const name = within(form).getByLabelText('Function name');
    await user.clear(name);
    await user.type(name, 'Renamed');
    await user.click(within(form).getByLabelText('Requires the session'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(cm().pre?.[1]).toMatchObject({ name: 'Renamed', require_session: true, raw_body_only: true });
    expect(session.getState().past).toHaveLength(1);
  });

  it('toggles a function off from the inspector and from the card menu', async () => {
    const { user, cm } = setup();
    await inspect(user, 'Mask');
    await user.click(screen.getByRole('checkbox', { name: 'Mask in Post enabled' }));
    expect(cm().post?.[0]).toMatchObject({ name: 'Mask', disabled: true });
    expect(within(screen.getByTestId('fn-post-0')).getByText('disabled')).toBeInTheDocument();
    await pickFromMenu(user, 'Actions for Mask', 'Enable');
    expect(cm().post?.[0]).toMatchObject({ name: 'Mask', disabled: false });
  });

  it('keeps the inspector on its function when it moves, and closes it when it is removed', async () => {
    const { user } = setup();
    await inspect(user, 'First');
    await user.click(screen.getByRole('button', { name: 'Move First down' }));
    expect(screen.getByTestId('inspector')).toHaveTextContent('Pre hook, position 2 of 2');
    await user.click(screen.getByRole('button', { name: 'Remove First from Pre' }));
    expect(screen.queryByTestId('inspector')).toBeNull();
    expect(screen.getByRole('tab', { name: /^Functions/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('says what a change did in the status region, hides it on undo and brings it back on redo', async () => {
    const { session, user } = setup();
    await pickFromMenu(user, 'Actions for Mask', 'Pre');
    const status = screen.getByTestId('pipeline-message');
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveTextContent('Moved Mask to Pre, position 3 of 3.');
    act(() => session.undo());
    expect(status).toBeEmptyDOMElement();
    act(() => session.redo());
    expect(status).toHaveTextContent('Moved Mask to Pre, position 3 of 3.');
  });

  it('picks up with the keyboard, shows which hooks refuse and why, and announces the cancel', async () => {
    const { session } = setup();
    const handle = card('Second');
    handle.focus();
    fireEvent.keyDown(handle, { key: ' ', code: 'Space' });
    expect(await within(screen.getByTestId('hook-auth')).findByTestId('zone-refusal')).toHaveTextContent(/holds one function/);
    expect(within(screen.getByTestId('hook-post')).queryByTestId('zone-refusal')).toBeNull();
    // The keyboard sensor listens for the next key after a tick.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    fireEvent.keyDown(handle, { key: 'Escape', code: 'Escape' });
    expect(await screen.findByText(/Cancelled\. Second stays where it was/)).toBeInTheDocument();
    expect(screen.getByTestId('pipeline-message')).toHaveTextContent('Cancelled');
    expect(screen.queryByTestId('zone-refusal')).toBeNull();
    expect(session.getState().past).toHaveLength(0);
  });

  it('drags a palette entry onto Post with the keyboard alone: Space, arrows, Space', async () => {
    const { session, names } = setup();
    const entry = screen.getByRole('button', { name: 'First, in the palette' });
    entry.focus();
    fireEvent.keyDown(entry, { key: ' ', code: 'Space' });
    const live = () => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? '';
    await waitFor(() => expect(live()).toBe('Over the palette: where it is now, dropping here changes nothing.'));
    // The keyboard sensor listens for the next key after a tick; each arrow to the right is the next hook's end.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    const heard: string[] = [];
    for (let step = 0; step < 8 && !live().includes('Over Post,'); step += 1) {
      fireEvent.keyDown(entry, { key: 'ArrowRight', code: 'ArrowRight' });
      await waitFor(() => expect(live()).not.toBe(heard[heard.length - 1] ?? 'Over the palette: where it is now, dropping here changes nothing.'));
      heard.push(live());
    }
    expect(heard[0]).toBe('Over Pre, position 3 of 3.');
    expect(heard.some((text) => /^Over Auth, .*it would refuse/.test(text))).toBe(true);
    expect(live()).toBe('Over Post, position 2 of 2.');
    fireEvent.keyDown(entry, { key: ' ', code: 'Space' });
    await waitFor(() => expect(names('post')).toEqual(['Mask', 'First']));
    expect(names('pre')).toEqual(['First', 'Second']);
    expect(screen.getByTestId('pipeline-message')).toHaveTextContent('Added First to Post, position 2 of 2.');
    expect(session.getState().past).toHaveLength(1);
  });

  it('counts lint findings on the function they are about, after the paint, and lists them in its inspector', async () => {
    const doc = classicDoc();
    const cm = doc.custom_middleware as { pre: { name: string; path: string }[] };
    cm.pre = [{ name: 'First', path: 'first.js' }];
    const { user } = setup(doc);
    expect(await within(screen.getByTestId('fn-pre-0')).findByTestId('card-findings')).toHaveTextContent(/^\d+ (error|warning)/);
    await user.click(card('First'));
    expect(screen.getByRole('list', { name: 'Findings for First' })).toHaveTextContent(/\.so|Go/);
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
