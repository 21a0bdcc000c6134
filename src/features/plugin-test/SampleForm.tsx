import type { SampleProblem, TestSetup } from '../../domain/plugin-test';
import { TextArea } from './TextArea';

interface Props {
  setup: TestSetup;
  onChange: (setup: TestSetup) => void;
  problems: readonly SampleProblem[];
  /** What the session means for this hook (pre and custom auth hooks get an empty one). */
  sessionHint: string;
  response: boolean;
  stubs: boolean;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const input = 'w-full rounded border px-2 py-1 font-mono text-sm';

/** The sample a hook runs on: request, session, config data, and the upstream's response for response hooks. */
export function SampleForm({ setup, onChange, problems, sessionHint, response, stubs }: Props) {
  const problem = (field: SampleProblem['field']) => problems.find((p) => p.field === field)?.message;
  const request = (patch: Partial<TestSetup['request']>) => onChange({ ...setup, request: { ...setup.request, ...patch } });
  const answer = (patch: Partial<TestSetup['response']>) => onChange({ ...setup, response: { ...setup.response, ...patch } });
  const pathProblem = problem('path');
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <fieldset className="min-w-0 space-y-2">
        <legend className="text-sm font-semibold">Request</legend>
        <div className="flex gap-2">
          <div>
            <label htmlFor="test-method" className="block text-xs font-medium text-slate-700">
              Method
            </label>
            <select id="test-method" className="rounded border border-slate-300 px-1 py-1 text-sm" value={setup.request.method} onChange={(e) => request({ method: e.target.value })}>
              {METHODS.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </div>
          <div className="min-w-0 flex-1">
            <label htmlFor="test-path" className="block text-xs font-medium text-slate-700">
              Path
            </label>
            <input
              id="test-path"
              className={`${input} ${pathProblem ? 'border-red-500' : 'border-slate-300'}`}
              value={setup.request.path}
              onChange={(e) => request({ path: e.target.value })}
              aria-invalid={pathProblem ? true : undefined}
              aria-describedby={pathProblem ? 'test-path-problem' : undefined}
            />
            {pathProblem && (
              <p id="test-path-problem" className="text-xs text-red-700">
                {pathProblem}
              </p>
            )}
          </div>
        </div>
        <TextArea label="Headers" hint="One Name: value a line." value={setup.request.headers} onChange={(headers) => request({ headers })} problem={problem('headers')} />
        <TextArea label="Query parameters" hint="One name=value a line." rows={2} value={setup.request.query} onChange={(query) => request({ query })} problem={problem('query')} />
        <TextArea label="Body" rows={4} value={setup.request.body} onChange={(body) => request({ body })} problem={problem('body')} />
      </fieldset>
      <fieldset className="min-w-0 space-y-2">
        <legend className="text-sm font-semibold">Context</legend>
        <TextArea
          label="Session (JSON)"
          hint={sessionHint}
          rows={4}
          value={setup.session}
          onChange={(session) => onChange({ ...setup, session })}
          problem={problem('session')}
        />
        <TextArea label="Plugin config data (JSON)" rows={3} value={setup.configData} onChange={(configData) => onChange({ ...setup, configData })} problem={problem('configData')} />
        {response && (
          <div className="space-y-2 rounded border border-slate-200 p-2">
            <p className="text-xs font-semibold text-slate-700">The upstream’s response</p>
            <div>
              <label htmlFor="test-response-status" className="block text-xs font-medium text-slate-700">
                Status
              </label>
              <input
                id="test-response-status"
                inputMode="numeric"
                className={`${input} w-24 ${problem('responseStatus') ? 'border-red-500' : 'border-slate-300'}`}
                value={setup.response.status}
                onChange={(e) => answer({ status: e.target.value })}
                aria-invalid={problem('responseStatus') ? true : undefined}
              />
              {problem('responseStatus') && <p className="text-xs text-red-700">{problem('responseStatus')}</p>}
            </div>
            <TextArea label="Response headers" rows={2} value={setup.response.headers} onChange={(headers) => answer({ headers })} problem={problem('responseHeaders')} />
            <TextArea label="Response body" rows={3} value={setup.response.body} onChange={(body) => answer({ body })} />
          </div>
        )}
        {stubs && (
          <TextArea
            label="HTTP stubs (JSON)"
            hint='Answers for TykMakeHttpRequest and TykBatchRequest: [{"method": "GET", "url": "https://…", "status": 200, "body": "…"}]. The browser makes no network calls.'
            rows={3}
            value={setup.stubs}
            onChange={(text) => onChange({ ...setup, stubs: text })}
            problem={problem('stubs')}
          />
        )}
      </fieldset>
    </div>
  );
}
