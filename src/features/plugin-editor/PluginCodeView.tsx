import { useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { readPluginModel } from '../../domain';
import type { HookKind } from '../../domain/pipeline/model';
import { sourceFindings } from '../../domain/source';
import type { DraftSession } from '../../drafts/draft-session';
import { useDraftState } from '../../drafts/use-draft';
import { BundleButtons } from './BundleButtons';
import { codeTarget } from './code-target';
import { createFunction } from './create-function';
import { fileEntries } from './file-entries';
import { FileEditor } from './FileEditor';
import { FileTree } from './FileTree';
import { FunctionList } from './FunctionList';
import { GrpcNeeds } from './GrpcNeeds';
import { MissingFile } from './MissingFile';
import { findFunctionAnywhere, namedFunctions, type NamedFunction } from './named-functions';
import { NewFunctionForm } from './NewFunctionForm';
import { PluginTestSection } from './PluginTestSection';
import { testKey, testedFunction } from './test-key';
import { UnwrittenFunction } from './UnwrittenFunction';
import { useFileSaver } from './use-file-saver';
import { writeSourceFor } from './write-source';

/** The Code tab: the API's plugin files, starters, the names the definition needs, and bundles. */
export default function PluginCodeView({ session }: { session: DraftSession }) {
  const { draft } = useDraftState(session);
  const model = useMemo(() => readPluginModel(draft.doc, draft.format), [draft.doc, draft.format]);
  const named = useMemo(() => namedFunctions(model), [model]);
  const entries = useMemo(() => fileEntries(draft.files, named), [draft.files, named]);
  const findings = useMemo(() => sourceFindings(model, { ...draft.files }), [model, draft.files]);
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const [creating, setCreating] = useState(false);
  const [note, setNote] = useState<string>();
  const { save, flush } = useFileSaver(session);

  const fn = params.get('fn') ?? undefined;
  const testing = testedFunction(model, named, params.get('test'));
  const target = codeTarget(draft.files, entries, params.get('file') ?? undefined, fn);
  const selected = entries.find((e) => e.path === target.file);
  // `?fn=` names a function no file defines (a compiled Go plugin's, say): offer to write it. Whether it is
  // defined is settled when the address changes, not as the files change: renaming the function while typing
  // in its file must not bring the offer in above the editor, pushing it down.
  const definedNow =
    fn === undefined || target.line !== undefined || findFunctionAnywhere(draft.files, fn) !== undefined;
  const [arrival, setArrival] = useState({ key: location.key, fn, defined: definedNow });
  if (arrival.key !== location.key || arrival.fn !== fn)
    setArrival({ key: location.key, fn, defined: definedNow });
  const defined =
    arrival.key === location.key && arrival.fn === fn ? arrival.defined || definedNow : definedNow;
  const unwritten = !defined
    ? named.find((item) => item.fn.name === fn && item.language !== 'none')
    : undefined;
  const reveal = useMemo(
    () => (target.line === undefined ? null : { line: target.line, token: location.key }),
    [target.line, location.key],
  );

  function open(file: string, name?: string) {
    flush();
    setParams(name ? { file, fn: name } : { file });
  }

  function test(item: NamedFunction | undefined) {
    flush();
    const next = new URLSearchParams(params);
    if (item) next.set('test', testKey(model, item));
    else next.delete('test');
    setParams(next);
  }

  function create(input: { hook: HookKind; name: string; driver: string }): string | undefined {
    flush();
    const { doc, format, files } = session.getState().draft;
    const result = createFunction({ doc, format, files, ...input });
    if (!result.ok) return result.reason;
    session.changeFilesAndDoc(`${result.label} (${input.hook})`, result.files, result.doc);
    setCreating(false);
    setNote(result.note);
    if (result.file) setParams({ file: result.file, fn: result.functionName });
    return undefined;
  }

  function writeSource(item: NamedFunction) {
    flush();
    const result = writeSourceFor(item, model.driver, session.getState().draft.files);
    if (!result.ok) {
      setNote(result.reason);
      return;
    }
    session.changeFilesAndDoc(`Write ${item.fn.name} from a starter`, result.files);
    setNote(undefined);
    setParams({ file: result.file, fn: item.fn.name });
  }

  return (
    <div>
      <div role="toolbar" aria-label="Plugin code" className="mb-3 flex flex-wrap items-center gap-2">
        <Button variant="primary" onClick={() => setCreating(true)} disabled={creating}>
          New function…
        </Button>
        <span className="text-sm text-slate-600">
          Driver: <span className="font-medium text-slate-800">{model.driver || 'none'}</span>
        </span>
        <div className="ml-auto">
          <BundleButtons session={session} />
        </div>
      </div>
      {creating && (
        <NewFunctionForm driver={model.driver} onCreate={create} onCancel={() => setCreating(false)} />
      )}
      {note && (
        <p
          role="status"
          className="mb-3 rounded border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700"
        >
          {note}
        </p>
      )}
      {model.driver === 'grpc' && <GrpcNeeds named={named} />}
      <div className="mt-3 grid grid-cols-[minmax(0,1fr)] gap-3 lg:grid-cols-[14rem_minmax(0,1fr)_18rem]">
        <FileTree entries={entries} selected={selected?.path} onSelect={(path) => open(path)} />
        <div>
          {unwritten && <UnwrittenFunction item={unwritten} onWrite={() => writeSource(unwritten)} />}
          {selected && !selected.missing ? (
            <FileEditor
              apiKey={draft.key}
              path={selected.path}
              text={draft.files[selected.path] ?? ''}
              onChange={(text) => save(selected.path, text)}
              findings={findings}
              named={named}
              reveal={reveal}
            />
          ) : selected ? (
            <MissingFile session={session} entry={selected} driver={model.driver} />
          ) : unwritten ? null : (
            <p className="rounded border border-dashed border-slate-300 p-6 text-sm text-slate-600">
              {model.driver === 'grpc'
                ? 'gRPC plugins have no files here.'
                : 'No file is open. Create a function from a starter with “New function…”.'}
            </p>
          )}
        </div>
        <FunctionList
          named={named}
          files={draft.files}
          findings={findings}
          onOpen={open}
          onWrite={writeSource}
          onTest={test}
        />
      </div>
      {testing && (
        <div className="mt-3">
          <PluginTestSection
            marksKey={draft.apiId}
            apiKey={draft.key}
            doc={draft.doc}
            format={draft.format}
            model={model}
            files={draft.files}
            item={testing}
            currentFiles={() => {
              flush();
              return session.getState().draft.files;
            }}
            onClose={() => test(undefined)}
          />
        </div>
      )}
    </div>
  );
}
