import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import type { CodeLanguage } from '../../domain/source';
import type { Sample, TestableHook, TestSetup } from '../../domain/plugin-test';
import { readSample, whereItRuns } from '../../domain/plugin-test';
import { getConnection } from '../../gateway/current-gateway';
import { GatewayError } from '../../gateway/errors';
import { lastTrace } from '../common/last-trace';
import { ChainResultView } from './ChainResultView';
import type { ChainStepResult } from './run-chain';
import { SampleForm } from './SampleForm';
import { SavedSampleControls } from './SavedSampleControls';
import { TestResultView } from './TestResultView';
import { markTestOpen, markTestStart, measureTestResult } from './perf-marks';
import { runPluginTest, warmRuntime } from './run-plugin-test';
import { readSavedSamples, writeSavedSamples } from './saved-samples';
import { whereNote } from './where-note';

function sessionHint(hook: TestableHook): string {
  if (hook === 'pre') return 'A pre hook runs before authentication: the gateway gives it an empty session, whatever is written here.';
  if (hook === 'auth') return 'Custom auth starts from an empty session, whatever is written here: the hook is what sets it.';
  return 'The key’s session, as authentication left it.';
}

export interface TestPanelProps {
  apiKey: string;
  apiId: string;
  orgId: string;
  functionName: string;
  hook: TestableHook;
  hookLabel: string;
  language: CodeLanguage;
  engine: 'otto' | 'goja';
  /** Whether a file defines the function (else there is nothing to run). */
  hasCode: boolean;
  /** The file that defines the function, as the editor has it at this moment (typing not yet saved included). */
  readCode: () => string | undefined;
  /** A first sample for this API and hook, when nothing was kept. */
  initialSetup: TestSetup;
  /** Every hook function of the API on the sample, in the gateway's order. */
  runChain: (sample: Sample) => Promise<ChainStepResult[]>;
  onClose: () => void;
}

/** Run one plugin function on a sample request and see what it did. */
export function TestPanel(props: TestPanelProps) {
  const { apiKey, functionName, hook, language, hasCode } = props;
  const [setup, setSetup] = useState<TestSetup>(() => readSavedSamples(apiKey).last ?? props.initialSetup);
  const [attempted, setAttempted] = useState(false);
  const { sample, problems } = readSample(setup);
  const run = useMutation({
    mutationFn: () => {
      if (language !== 'javascript' && language !== 'python' && language !== 'lua') throw new Error('This language cannot run here.');
      return runPluginTest({ language, engine: props.engine, code: props.readCode() ?? '', functionName, hook, orgId: props.orgId, apiId: props.apiId }, sample);
    },
  });
  const chain = useMutation({ mutationFn: () => props.runChain(sample) });
  const runs = whereItRuns(language);
  // Opening the panel starts the runtime, so the first Run does not wait for it.
  useEffect(() => {
    markTestOpen();
    warmRuntime(language);
  }, [language]);
  // Opened from a card or the function list: the panel may be below the fold, so bring it (and focus) there.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'nearest' });
    heading.current?.focus({ preventScroll: true });
  }, [functionName, hook]);
  const results = useRef(0);
  useEffect(() => {
    if (run.data) measureTestResult(++results.current === 1);
  }, [run.data]);
  const connection = getConnection();
  const trace = lastTrace(apiKey);

  function start() {
    setAttempted(true);
    if (problems.length > 0 || !hasCode) return;
    writeSavedSamples(apiKey, { ...readSavedSamples(apiKey), last: setup });
    markTestStart();
    run.mutate();
  }

  const failure = run.error instanceof GatewayError ? `${run.error.message} ${run.error.advice}` : run.error ? String(run.error.message) : '';
  return (
    <section aria-labelledby="plugin-test-heading" className="space-y-3 rounded-lg border border-indigo-200 bg-white p-3">
      <div className="flex flex-wrap items-baseline gap-2">
        <h3 id="plugin-test-heading" ref={heading} tabIndex={-1} className="font-semibold outline-none">
          Test <span className="font-mono">{functionName}</span> <span className="text-sm font-normal text-slate-600">({props.hookLabel})</span>
        </h3>
        <Button variant="ghost" className="ml-auto" onClick={props.onClose} aria-label={`Close the test of ${functionName}`}>
          Close
        </Button>
      </div>
      {!runs.runs ? (
        <p className="text-sm text-slate-700">{runs.reason}</p>
      ) : (
        <>
          <p className="text-xs text-slate-600">{whereNote(language, props.engine, connection.mode, connection.label)}</p>
          {!hasCode && <p className="text-sm text-amber-800">No file here defines {functionName}: write its source first.</p>}
          <SampleForm
            setup={setup}
            onChange={setSetup}
            problems={attempted ? problems : []}
            sessionHint={sessionHint(hook)}
            response={hook === 'response'}
            stubs={language === 'javascript' && connection.mode === 'embedded'}
          />
          <div role="toolbar" aria-label="Test actions" className="flex flex-wrap items-center gap-2">
            <Button variant="primary" onClick={start} disabled={run.isPending || !hasCode}>
              {run.isPending ? 'Running…' : 'Run'}
            </Button>
            <Button
              onClick={() => {
                setAttempted(true);
                if (problems.length === 0) chain.mutate();
              }}
              disabled={chain.isPending}
            >
              {chain.isPending ? 'Running the chain…' : 'Run the chain'}
            </Button>
            {trace && (
              <Button onClick={() => setSetup({ ...setup, request: { ...setup.request, method: trace.method, path: trace.path } })}>
                From the trace ({trace.method} {trace.path})
              </Button>
            )}
            <SavedSampleControls apiKey={apiKey} setup={setup} onLoad={setSetup} />
          </div>
          {attempted && problems.length > 0 && (
            <p role="alert" className="text-sm text-red-700">
              Fix the {problems.length === 1 ? 'field' : `${problems.length} fields`} marked above: nothing ran.
            </p>
          )}
          <div aria-live="polite">
            {failure && (
              <p role="alert" className="text-sm text-red-700">
                {failure}
              </p>
            )}
            {run.data && !run.isPending && <TestResultView result={run.data} />}
            {chain.error && (
              <p role="alert" className="text-sm text-red-700">
                {chain.error.message}
              </p>
            )}
            {chain.data && !chain.isPending && <ChainResultView results={chain.data} />}
          </div>
        </>
      )}
    </section>
  );
}
