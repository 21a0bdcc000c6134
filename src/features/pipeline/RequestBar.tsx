import { useState, type FormEvent } from 'react';
import type { Endpoint } from '../../domain/pipeline/model';
import { Button } from '../../components/Button';
import type { RequestFocus } from './dnd-types';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

export type FocusMode = 'endpoint' | 'trace';

interface Props {
  endpoints: readonly Endpoint[];
  /** The API's listen path: a traced path is under it, as the gateway's trace takes it. */
  listenPath: string;
  focus: RequestFocus | undefined;
  mode: FocusMode | undefined;
  onFocus: (focus: RequestFocus | undefined, mode: FocusMode | undefined) => void;
}

const endpointKey = (endpoint: Pick<Endpoint, 'method' | 'path'>) => `${endpoint.method.toUpperCase()} ${endpoint.path}`;

/** Pick an endpoint to see (and attach to) its chain, or trace any request through the chain. */
export function RequestBar({ endpoints, listenPath, focus, mode, onFocus }: Props) {
  const [method, setMethod] = useState('GET');
  const [path, setPath] = useState('/');
  // A large API has thousands of endpoints: their options are built when the list is first used, not on first paint.
  const [listed, setListed] = useState(false);
  const picked = mode === 'endpoint' && focus ? endpointKey(focus) : '';

  function pick(key: string) {
    const endpoint = endpoints.find((item) => endpointKey(item) === key);
    if (!endpoint) return onFocus(undefined, undefined);
    setMethod(endpoint.method.toUpperCase() || 'GET');
    setPath(endpoint.path);
    onFocus({ method: endpoint.method.toUpperCase() || 'GET', path: endpoint.path, ...(endpoint.operationId ? { operationId: endpoint.operationId } : {}) }, 'endpoint');
  }

  function trace(event: FormEvent) {
    event.preventDefault();
    const trimmed = path.trim();
    onFocus({ method, path: trimmed.startsWith('/') ? trimmed : `/${trimmed}` }, 'trace');
  }

  return (
    <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-2">
      <div>
        <label htmlFor="pipeline-endpoint" className="block text-xs font-medium text-slate-700">
          Endpoint
        </label>
        <select
          id="pipeline-endpoint"
          className="max-w-xs rounded border border-slate-300 px-2 py-1 text-sm"
          value={picked}
          onChange={(event) => pick(event.target.value)}
          onFocus={() => setListed(true)}
          onPointerDown={() => setListed(true)}
        >
          <option value="">Whole API (every endpoint)</option>
          {!listed && picked && <option value={picked}>{picked}</option>}
          {!listed && endpoints.length > 0 && <option value="" disabled>{`${endpoints.length} endpoint${endpoints.length === 1 ? '' : 's'}…`}</option>}
          {listed && endpoints.map((endpoint) => {
            const key = endpointKey(endpoint);
            return (
              <option key={key} value={key}>
                {key}
                {endpoint.operationId ? ` (${endpoint.operationId})` : ''}
              </option>
            );
          })}
        </select>
      </div>
      <form aria-label="Trace a request" className="flex flex-wrap items-end gap-2" onSubmit={trace}>
        <div>
          <label htmlFor="trace-method" className="block text-xs font-medium text-slate-700">
            Method
          </label>
          <select id="trace-method" className="rounded border border-slate-300 px-2 py-1 text-sm" value={method} onChange={(event) => setMethod(event.target.value)}>
            {METHODS.map((item) => (
              <option key={item}>{item}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="trace-path" className="block text-xs font-medium text-slate-700">
            Path under the listen path
          </label>
          <div className="flex items-center rounded border border-slate-300 font-mono text-sm">
            {listenPath !== '' && (
              <span className="bg-slate-100 px-2 py-1 text-slate-700" aria-hidden="true" title="The API's listen path">
                {listenPath.replace(/\/+$/, '')}
              </span>
            )}
            <input
              id="trace-path"
              aria-describedby="trace-path-hint"
              className="w-48 rounded px-2 py-1"
              value={path}
              onChange={(event) => setPath(event.target.value)}
            />
          </div>
          <span id="trace-path-hint" className="sr-only">
            {listenPath !== '' ? `The gateway puts it under the listen path ${listenPath}` : 'The API has no listen path'}
          </span>
        </div>
        <Button type="submit" variant="primary">
          Trace
        </Button>
        {focus && (
          <Button variant="ghost" onClick={() => onFocus(undefined, undefined)}>
            Clear
          </Button>
        )}
      </form>
    </div>
  );
}
