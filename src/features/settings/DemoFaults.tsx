import { useState } from 'react';
import { Button } from '../../components/Button';

type Control = NonNullable<Window['__embeddedGateway']>;

/**
 * For demos of the failure paths: make the embedded gateway slow, down, answer with HTML, or fail the
 * next write. Only shown in embedded mode.
 */
export function DemoFaults() {
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('500');

  function apply(label: string, act: (gateway: Control) => void) {
    const gateway = window.__embeddedGateway;
    if (!gateway) return setNote('The embedded gateway is not running in this page.');
    act(gateway);
    setNote(label);
  }

  return (
    <section aria-labelledby="demo-faults-heading" className="space-y-2 rounded border border-slate-200 bg-white p-3">
      <h2 id="demo-faults-heading" className="font-semibold">
        Demo gateway faults
      </h2>
      <p className="text-sm text-slate-600">Try how the app behaves when the gateway misbehaves. Nothing here reaches a real gateway.</p>
      <div className="flex flex-wrap items-end gap-2">
        <Button onClick={() => apply('Every answer now takes 12 s (past the 10 s timeout).', (g) => g.setFaults({ latencyMs: 12_000 }))}>
          Slow (12 s)
        </Button>
        <Button onClick={() => apply('The gateway is down.', (g) => g.setFaults({ down: true }))}>Down</Button>
        <Button onClick={() => apply('Answers are now an HTML page.', (g) => g.setFaults({ notJson: true }))}>Not JSON</Button>
        <label className="flex flex-col text-xs text-slate-600">
          Status
          <select value={status} onChange={(event) => setStatus(event.target.value)} className="rounded border border-slate-300 px-2 py-1.5 text-sm">
            {['400', '403', '404', '500', '503'].map((code) => (
              <option key={code}>{code}</option>
            ))}
          </select>
        </label>
        <Button
          onClick={() =>
            apply(`The next write fails with HTTP ${status}.`, (g) =>
              // 'P' matches PUT, POST and PATCH (methods are upper case, paths lower case): reads go through.
              g.setFaults({ failNext: { status: Number(status), match: status === '403' ? '/tyk/' : 'P' } }),
            )
          }
        >
          Fail the next write
        </Button>
        <Button onClick={() => apply('The next write is stored, but its answer is lost on the way back.', (g) => g.setFaults({ failNext: { status: 0, match: 'P', afterHandling: true } }))}>
          Lose the next write’s answer
        </Button>
        <Button onClick={() => apply('Writes now answer 500: the gateway takes its APIs from a Dashboard (use_db_app_configs).', (g) => g.setFaults({ dashboardManaged: true }))}>
          Managed by a Dashboard
        </Button>
        <Button variant="ghost" onClick={() => apply('No faults.', (g) => g.clearFaults())}>
          Clear faults
        </Button>
      </div>
      {note && (
        <p role="status" className="text-sm text-slate-700">
          {note}
        </p>
      )}
    </section>
  );
}
