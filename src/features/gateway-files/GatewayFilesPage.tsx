import { useState } from 'react';
import { getConnection } from '../../gateway/current-gateway';
import { useApis } from '../../gateway/queries';
import { downloadBlob } from '../../components/download';
import { Button } from '../../components/Button';
import { GatewayErrorPanel } from '../common/GatewayErrorPanel';
import { ImportFolder } from './ImportFolder';

/** A whole gateway's APIs out as a folder (zip) in tyk-sync's layout, and such a folder back in as drafts. */
export function GatewayFilesPage() {
  const connection = getConnection();
  const apis = useApis();
  const [exported, setExported] = useState<string | null>(null);

  async function exportAll() {
    if (!apis.data) return;
    // The zip code loads with the first export, not with the page.
    const { gatewayZip } = await import('../../domain/transfer/gateway-folder');
    const name = `${(connection.name ?? connection.label).replace(/[^A-Za-z0-9._-]+/g, '-')}-apis.zip`;
    downloadBlob(name, new Blob([gatewayZip(apis.data) as BlobPart], { type: 'application/zip' }));
    setExported(`${name}: ${apis.data.length} APIs and .tyk.json.`);
  }

  return (
    <section aria-labelledby="files-heading" className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 id="files-heading" className="text-xl font-semibold">
          Files of {connection.label}
        </h1>
        <p className="text-sm text-slate-600">
          Every API as a file, with the <code>.tyk.json</code> index tyk-sync reads: keep them in git, publish them with{' '}
          <code>tyk-sync publish</code>, or bring them back here.
        </p>
      </div>
      <section aria-labelledby="export-heading" className="rounded border border-slate-200 bg-white p-3">
        <h2 id="export-heading" className="font-semibold">
          Export
        </h2>
        {apis.error ? (
          <GatewayErrorPanel title="Could not read the gateway’s APIs" error={apis.error} onRetry={() => void apis.refetch()} />
        ) : (
          <Button className="mt-2" variant="primary" disabled={!apis.data} onClick={() => void exportAll()}>
            {apis.data ? `Export ${apis.data.length} APIs as a zip` : 'Reading the APIs…'}
          </Button>
        )}
        {exported && (
          <p role="status" className="mt-2 text-sm text-emerald-800">
            Downloaded {exported}
          </p>
        )}
      </section>
      <ImportFolder current={apis.data} />
    </section>
  );
}
