import { useRef, useState } from 'react';
import { testConnection } from '../../gateway/client';
import { Button } from '../../components/Button';
import { LoadingState } from '../../components/LoadingState';
import { connectionVerdict, type ConnectionVerdict } from './connection-verdict';

const WORDS = { yes: 'Yes', no: 'No', unknown: 'Unknown', accepted: 'Accepted', rejected: 'Rejected' } as const;

/** "Test connection": one cheap request, cancellable, and an answer in plain words. */
export function ConnectionTest() {
  const [verdict, setVerdict] = useState<ConnectionVerdict | null>(null);
  const [testing, setTesting] = useState(false);
  const controller = useRef<AbortController | null>(null);

  async function test() {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setTesting(true);
    setVerdict(null);
    try {
      setVerdict(connectionVerdict(await testConnection({ signal: own.signal })));
    } finally {
      setTesting(false);
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex items-center gap-2">
        <Button variant="primary" onClick={() => void test()} disabled={testing}>
          Test connection
        </Button>
        {testing && (
          <>
            <LoadingState label="Asking the gateway…" />
            <Button onClick={() => controller.current?.abort()}>Cancel</Button>
          </>
        )}
      </div>
      {verdict && (
        <div
          role={verdict.answers === 'yes' && verdict.secret === 'accepted' ? 'status' : 'alert'}
          aria-label="Connection test result"
          className={`rounded border p-3 text-sm ${
            verdict.answers === 'yes' && verdict.secret === 'accepted'
              ? 'border-emerald-200 bg-emerald-50 text-emerald-900'
              : 'border-red-200 bg-red-50 text-red-900'
          }`}
        >
          <p className="font-semibold">{verdict.headline}</p>
          <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3">
            <dt>Gateway answers</dt>
            <dd>{WORDS[verdict.answers]}</dd>
            <dt>Secret</dt>
            <dd>{WORDS[verdict.secret]}</dd>
          </dl>
          {verdict.detail && (
            <p className="mt-1">
              {verdict.answers === 'yes' ? 'Gateway said' : 'What happened'}: {verdict.detail}
            </p>
          )}
          {verdict.advice && <p className="mt-1">{verdict.advice}</p>}
        </div>
      )}
    </div>
  );
}
