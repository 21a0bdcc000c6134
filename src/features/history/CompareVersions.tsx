import { lazy, Suspense, useId, useState } from 'react';
import type { ApiVersion } from '../../domain/history';
import { LoadingState } from '../../components/LoadingState';

const SideBySideDiff = lazy(() => import('../sync/SideBySideDiff'));

const textOf = (version: ApiVersion | undefined) => (version?.doc ? JSON.stringify(version.doc, null, 2) : '(not on the gateway)\n');
const nameOf = (version: ApiVersion) => `${version.title}, ${version.atIs === 'until' ? 'until ' : ''}${new Date(version.at).toLocaleString()}`;

/** Any two versions side by side: the older on the left by default (the one before the newest). */
export function CompareVersions({ versions }: { versions: readonly ApiVersion[] }) {
  const [left, setLeft] = useState(versions[1]?.id ?? versions[0]?.id ?? '');
  const [right, setRight] = useState(versions[0]?.id ?? '');
  const a = versions.find((version) => version.id === left);
  const b = versions.find((version) => version.id === right);
  const leftId = useId();
  const rightId = useId();
  if (versions.length < 2) return null;
  return (
    <section aria-labelledby="compare-heading" className="mt-6">
      <h2 id="compare-heading" className="mb-2 text-lg font-semibold">
        Compare two versions
      </h2>
      <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={leftId}>Left</label>
        <Picker id={leftId} versions={versions} value={left} onChange={setLeft} />
        <label htmlFor={rightId}>Right</label>
        <Picker id={rightId} versions={versions} value={right} onChange={setRight} />
      </div>
      <Suspense fallback={<LoadingState label="Loading the diff…" />}>
        {a && b && <SideBySideDiff before={textOf(a)} after={textOf(b)} labels={[nameOf(a), nameOf(b)]} />}
      </Suspense>
    </section>
  );
}

function Picker({ id, versions, value, onChange }: { id: string; versions: readonly ApiVersion[]; value: string; onChange: (id: string) => void }) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className="max-w-full rounded border border-slate-300 bg-white px-2 py-1">
      {versions.map((version) => (
        <option key={version.id} value={version.id}>
          {nameOf(version)}
        </option>
      ))}
    </select>
  );
}
