import { useState, type ReactNode } from 'react';
import { SIDE_PANEL_ID } from './SidePanel';

interface Props {
  functionCount: number;
  sideOpen: boolean;
  onToggleSide: () => void;
  /** The endpoint picker and the trace form. */
  requestBar: ReactNode;
}

const BUTTON = 'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100';

/**
 * Above the diagram. On a narrow window the functions are a drawer opened from here, and the endpoint and trace
 * form folds away, so the first hook is on screen without scrolling past them.
 */
export function PipelineToolbar({ functionCount, sideOpen, onToggleSide, requestBar }: Props) {
  const [requestOpen, setRequestOpen] = useState(false);
  return (
    <div className="mb-4 space-y-2">
      <div className="narrow-only flex-wrap gap-2">
        <button type="button" className={BUTTON} aria-expanded={requestOpen} aria-controls="pipeline-request-bar" onClick={() => setRequestOpen((open) => !open)}>
          Endpoint and trace
        </button>
        <button type="button" className={BUTTON} aria-expanded={sideOpen} aria-controls={SIDE_PANEL_ID} onClick={onToggleSide}>
          Functions ({functionCount})
        </button>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <div id="pipeline-request-bar" className="pipeline-request-bar min-w-0 flex-1" data-open={requestOpen ? '' : undefined}>
          {requestBar}
        </div>
        <button type="button" className={`${BUTTON} mid-only`} aria-expanded={sideOpen} aria-controls={SIDE_PANEL_ID} onClick={onToggleSide}>
          Functions ({functionCount})
        </button>
      </div>
    </div>
  );
}
