import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { driftReport, type DriftReport } from '../../domain/drift';
import type { FolderReading } from '../../domain/transfer/gateway-folder';
import { putIntoDraft } from '../../drafts/put-into-draft';
import type { GatewayApi } from '../../gateway/client';
import { getConnection } from '../../gateway/current-gateway';
import { Button } from '../../components/Button';

interface Read {
  file: string;
  reading: FolderReading;
  report: DriftReport;
}

/**
 * A folder (zip) read against the current gateway: what is new, what differs, what is the same. The new and
 * changed APIs go into drafts, each reviewed and pushed as usual: nothing reaches the gateway from here.
 */
export function ImportFolder({ current }: { current: readonly GatewayApi[] | undefined }) {
  const inputId = useId();
  const client = useQueryClient();
  const connection = getConnection();
  const [read, setRead] = useState<Read | null>(null);
  const [opened, setOpened] = useState<string[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function choose(file: File | undefined) {
    setOpened(null);
    setFailure(null);
    if (!file || !current) return;
    const { readGatewayZip } = await import('../../domain/transfer/gateway-folder');
    const reading = readGatewayZip(new Uint8Array(await file.arrayBuffer()));
    setRead({ file: file.name, reading, report: driftReport(reading.apis, current) });
  }

  async function openAsDrafts() {
    if (!read) return;
    const ids = [...read.report.onlyLeft, ...read.report.different.filter((item) => !item.formats).map((item) => item.id)];
    try {
      for (const id of ids) {
        const api = read.reading.apis.find((item) => item.id === id);
        if (api) await putIntoDraft({ apiId: api.id, format: api.format, doc: api.doc, label: `Import from ${read.file}` }, connection, client);
      }
      setOpened(ids);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  const report = read?.report;
  const changes = report ? report.onlyLeft.length + report.different.filter((item) => !item.formats).length : 0;
  return (
    <section aria-labelledby="import-heading" className="rounded border border-slate-200 bg-white p-3">
      <h2 id="import-heading" className="font-semibold">
        Import a folder
      </h2>
      <label htmlFor={inputId} className="mt-1 block text-sm text-slate-600">
        A zip with <code>.tyk.json</code> at its top (or in one folder inside it)
      </label>
      <input id={inputId} type="file" accept=".zip,application/zip" disabled={!current} onChange={(event) => void choose(event.target.files?.[0])}
        className="mt-2 block w-full text-sm text-slate-600 file:mr-3 file:cursor-pointer file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50"
      />
      {read && report && (
        <div className="mt-3 space-y-2 text-sm">
          <p role="status">
            {read.file}: {read.reading.apis.length} APIs. {report.onlyLeft.length} new here, {report.different.length} different from {connection.label},{' '}
            {report.same.length} the same.
          </p>
          {read.reading.problems.length > 0 && (
            <ul aria-label="What could not be read" className="list-disc pl-5 text-amber-900">
              {read.reading.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          {report.different.some((item) => item.formats) && (
            <p className="text-amber-900">
              Left out, in the other format on this gateway: {report.different.filter((item) => item.formats).map((item) => item.id).join(', ')}.
            </p>
          )}
          {changes > 0 && !opened && (
            <Button variant="primary" onClick={() => void openAsDrafts()}>
              Open {changes} new and changed API{changes === 1 ? '' : 's'} as drafts
            </Button>
          )}
        </div>
      )}
      {failure && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {failure}
        </p>
      )}
      {opened && (
        <div className="mt-2 text-sm">
          <p role="status" className="text-emerald-800">
            {opened.length} drafts ready: review and push each one.
          </p>
          <ul className="mt-1 list-disc pl-5">
            {opened.map((id) => (
              <li key={id}>
                <Link to={`/apis/${encodeURIComponent(id)}`} className="text-indigo-700 underline">
                  {id}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
