import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import type { JsonObject } from '../../domain/json';
import type { PluginFiles } from '../../drafts/draft-types';
import { PipelineView } from './PipelineView';
import { card, classicDoc, inspect, testSession, withQueryClient } from './test-session';

function CodeTabProbe() {
  const location = useLocation();
  return <p data-testid="code-tab">{`${location.pathname}${location.search}`}</p>;
}

function setup(doc: JsonObject, files: PluginFiles = {}) {
  const session = testSession(doc, 'classic', files);
  const user = userEvent.setup();
  render(
    withQueryClient(
      <Routes>
        <Route path="/apis/:apiId" element={<PipelineView session={session} />} />
        <Route path="/apis/:apiId/code" element={<CodeTabProbe />} />
      </Routes>,
    ),
  );
  return { session, user };
}

const fn = (name: string, path = '') => ({ name, path, require_session: false, raw_body_only: false });
const middleware = (driver: string, pre: ReturnType<typeof fn>[]) => classicDoc({ custom_middleware: { driver, pre, post: [], response: [] } });

const PYTHON = 'from tyk.decorators import *\n\n@Hook\ndef Check(request, session, spec):\n    return request, session\n';

/** Opens the card's Edit form, replaces the function's name and presses Save; returns the form. */
async function renameOnCard(user: ReturnType<typeof userEvent.setup>, from: string, to: string) {
  const form = await inspect(user, from);
  await user.clear(within(form).getByLabelText('Function name'));
  await user.type(within(form).getByLabelText('Function name'), to);
  await user.click(within(form).getByRole('button', { name: 'Save' }));
  return form;
}

describe('PipelineView and the plugin code', () => {
  it('links each function to the Code tab: its source file and name, or the name alone for a .so', async () => {
    const { user } = setup(middleware('otto', [fn('Audit', 'plugins/audit.js')]));
    await user.click(screen.getByRole('button', { name: 'Actions for Audit' }));
    expect(screen.getByRole('menuitem', { name: 'Edit code' })).toHaveAttribute('href', '/apis/test-api/code?file=plugins%2Faudit.js&fn=Audit');
    await user.keyboard('{Escape}');
    await user.click(card('Audit'));
    const link = screen.getByRole('link', { name: 'Edit code of Audit' });
    expect(link).toHaveAttribute('href', '/apis/test-api/code?file=plugins%2Faudit.js&fn=Audit');
    await user.click(link);
    expect(screen.getByTestId('code-tab')).toHaveTextContent('/apis/test-api/code?file=plugins%2Faudit.js&fn=Audit');
  });

  it('links per-endpoint plugins too: a virtual endpoint to its JSVM file, a Go post plugin by name', async () => {
    const doc = classicDoc();
    const versions = (doc.version_data as { versions: { Default: { extended_paths: JsonObject } } }).versions;
    versions.Default.extended_paths.virtual = [
      { path: '/stock', method: 'GET', response_function_name: 'stockSummary', function_source_type: 'file', function_source_uri: 'middleware/stock.js', use_session: false, disabled: false },
    ];
    const { user } = setup(doc);
    await user.click(screen.getByRole('button', { name: 'Actions for Refund on POST /refunds/{id}' }));
    expect(screen.getByRole('menuitem', { name: 'Edit code' })).toHaveAttribute('href', '/apis/test-api/code?fn=Refund');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Actions for stockSummary on GET /stock' }));
    const virtual = screen.getByRole('menuitem', { name: 'Edit code' });
    expect(virtual).toHaveAttribute('href', '/apis/test-api/code?file=middleware%2Fstock.js&fn=stockSummary');
    await user.click(virtual);
    expect(screen.getByTestId('code-tab')).toHaveTextContent('/apis/test-api/code?file=middleware%2Fstock.js&fn=stockSummary');
  });

  it('passes only the name for a compiled Go plugin', async () => {
    const { user } = setup(classicDoc());
    await user.click(card('Second'));
    expect(screen.getByRole('link', { name: 'Edit code of Second' })).toHaveAttribute('href', '/apis/test-api/code?fn=Second');
  });

  it('has no "Edit code" for gRPC functions, which live on their own server', async () => {
    const { user } = setup(middleware('grpc', [fn('Remote')]));
    expect(screen.getByTestId('fn-pre-0')).toHaveAttribute('data-function', 'Remote');
    await user.click(screen.getByRole('button', { name: 'Actions for Remote' }));
    expect(screen.getByRole('menu', { name: 'Actions for Remote' })).not.toHaveTextContent('Edit code');
    await user.keyboard('{Escape}');
    await user.click(card('Remote'));
    expect(screen.queryByRole('link', { name: /Edit code of/ })).toBeNull();
  });

  it('renames a function in the definition and its file as one undo step', async () => {
    const { session, user } = setup(middleware('python', [fn('Check')]), { 'middleware.py': PYTHON });
    const form = await renameOnCard(user, 'Check', 'Verify');
    // Nothing is saved until the user answers.
    const prompt = within(form).getByRole('group', { name: 'Rename Check to Verify in 1 file too?' });
    expect(session.getState().past).toHaveLength(0);
    expect(within(prompt).getByRole('list', { name: 'Files to rename in' })).toHaveTextContent('middleware.py (1 occurrence)');
    await user.click(within(prompt).getByRole('button', { name: 'Save and rename in files' }));

    const draft = () => session.getState().draft;
    const pre = () => (draft().doc.custom_middleware as { pre: { name: string }[] }).pre;
    expect(pre()[0]?.name).toBe('Verify');
    expect(draft().files['middleware.py']).toContain('def Verify(request, session, spec):');
    expect(session.getState().past).toHaveLength(1);
    expect(screen.getByTestId('pipeline-message')).toHaveTextContent('Saved Verify, renamed in 1 file too.');
    expect(screen.getByTestId('fn-pre-0')).toHaveAttribute('data-function', 'Verify');

    act(() => session.undo());
    expect(pre()[0]?.name).toBe('Check');
    expect(draft().files['middleware.py']).toBe(PYTHON);
    expect(screen.getByTestId('fn-pre-0')).toHaveAttribute('data-function', 'Check');
  });

  it('shows the files it cannot rename in, with why, and can save the name only', async () => {
    const { session, user } = setup(middleware('python', [fn('Check')]), { 'middleware.py': PYTHON });
    const form = await renameOnCard(user, 'Check', 'check-token');
    const prompt = within(form).getByRole('group', { name: /Check is defined in the plugin files, but cannot be renamed there/ });
    expect(within(prompt).getByRole('list', { name: 'Files left as they are' })).toHaveTextContent(/middleware\.py stays as it is: \S+/);
    expect(within(prompt).queryByRole('button', { name: 'Save and rename in files' })).toBeNull();
    await user.click(within(prompt).getByRole('button', { name: 'Save name only' }));
    expect((session.getState().draft.doc.custom_middleware as { pre: { name: string }[] }).pre[0]?.name).toBe('check-token');
    expect(session.getState().draft.files['middleware.py']).toBe(PYTHON);
  });

  it('saves at once when no file defines the old name', async () => {
    const { session, user } = setup(classicDoc());
    const form = await inspect(user, 'First');
    await user.type(within(form).getByLabelText('Function name'), 'X');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('group', { name: /Rename/ })).toBeNull();
    expect(session.getState().past).toHaveLength(1);
  });

  it('marks a function its file does not define on its card, after the paint', async () => {
    const go = 'package main\n\nimport "net/http"\n\nfunc First(rw http.ResponseWriter, r *http.Request) {}\n';
    const { user } = setup(classicDoc(), { 'plugin.go': go });
    expect(await within(screen.getByTestId('fn-pre-1')).findByTestId('card-findings')).toHaveTextContent(/1 (error|warning)/);
    expect(within(screen.getByTestId('fn-pre-0')).queryByTestId('card-findings')).toBeNull();
    await user.click(card('Second'));
    const second = screen.getByRole('list', { name: 'Findings for Second' });
    const finding = second.querySelector('[data-finding="function-not-in-source"]');
    expect(finding).not.toBeNull();
    expect(finding).toHaveTextContent(/"Second", which plugin\.go does not define/);
  });
});
