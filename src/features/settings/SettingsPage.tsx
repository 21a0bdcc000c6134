import { getConnection } from '../../gateway/current-gateway';
import { ConnectionTest } from './ConnectionTest';
import { DemoFaults } from './DemoFaults';
import { PushTimeoutSetting } from './PushTimeoutSetting';

/** Which gateway the app talks to, how, and a way to check it. */
export function SettingsPage() {
  const connection = getConnection();
  return (
    <section aria-labelledby="settings-heading" className="mx-auto max-w-3xl space-y-6">
      <h1 id="settings-heading" className="text-xl font-semibold">
        Connection
      </h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">Gateway</dt>
        <dd className="font-medium">{connection.label}</dd>
        <dt className="text-slate-500">Mode</dt>
        <dd>
          {connection.mode === 'embedded'
            ? 'Embedded: a demo gateway inside this page. Start the app’s server (npm run serve, or the dev server) with TYK_GATEWAY_URL and TYK_GATEWAY_SECRET to reach a real one.'
            : 'Through this server’s /tyk proxy, which adds the secret (TYK_GATEWAY_SECRET): the page never sees it.'}
        </dd>
        <dt className="text-slate-500">Base path</dt>
        <dd>
          <code>{connection.baseUrl || '(none)'}</code>
          <span className="text-slate-500"> (TYK_GATEWAY_BASE, for a deployment behind the gateway’s proxy)</span>
        </dd>
      </dl>
      <ConnectionTest />
      <PushTimeoutSetting />
      {connection.mode === 'embedded' && <DemoFaults />}
    </section>
  );
}
