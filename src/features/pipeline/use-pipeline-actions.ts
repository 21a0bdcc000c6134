import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { DraftSession } from '../../drafts/draft-session';
import type { FunctionRef } from '../../domain/pipeline/edit-types';
import type { JsonObject } from '../../domain/json';
import type { PluginModel } from '../../domain/pipeline/model';
import { readPluginModel } from '../../domain/definition/read';
import { applyEdit } from '../../domain/pipeline/edits';
import { planRename } from './rename-plan';
import type { DropContext } from './drop-plan';
import { planEdit } from './drop-plan';
import type { RequestFocus } from './dnd-types';
import type { MessageTone, PipelineActions } from './pipeline-context';

export interface PipelineMessage {
  text: string;
  tone: MessageTone;
  /** Changes on every message so the same text said twice is still announced. */
  seq: number;
}

/**
 * The pipeline's commands over the draft session. They read the draft when called, so they stay the same
 * objects for the life of the view and memoised rows do not re-render because of them.
 */
export function usePipelineActions(session: DraftSession, endpoint: RequestFocus | undefined, doc: JsonObject, model: PluginModel) {
  const [message, setMessage] = useState<PipelineMessage | null>(null);
  const [selected, setSelected] = useState<FunctionRef | null>(null);
  const endpointRef = useRef(endpoint);
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  // The model the view last rendered, reused by drops on the same draft instead of reading it again.
  const renderedRef = useRef({ doc, model });
  useLayoutEffect(() => {
    endpointRef.current = endpoint;
    navigateRef.current = navigate;
    renderedRef.current = { doc, model };
  }, [endpoint, navigate, doc, model]);
  const seq = useRef(0);

  const context = useMemo(
    () => (): DropContext => {
      const { doc, format } = session.getState().draft;
      const rendered = renderedRef.current;
      const model = rendered.doc === doc ? rendered.model : readPluginModel(doc, format);
      return { doc, format, model, endpoint: endpointRef.current };
    },
    [session],
  );

  const actions = useMemo<PipelineActions>(() => {
    const announce = (text: string, tone: MessageTone = 'info') => {
      seq.current += 1;
      setMessage({ text, tone, seq: seq.current });
    };
    return {
      announce,
      select: setSelected,
      open(href) {
        void navigateRef.current(href);
      },
      apply(edit, label, done) {
        const result = session.apply(edit, label);
        if (!result.ok) {
          announce(`Refused: ${result.reason} Nothing changed.`, 'error');
          return false;
        }
        announce(done ?? `${label}.`);
        return true;
      },
      applyWithFiles(edit, files, label, done) {
        const { doc, format } = session.getState().draft;
        const result = applyEdit(doc, format, edit);
        if (!result.ok) {
          announce(`Refused: ${result.reason} Nothing changed.`, 'error');
          return false;
        }
        session.changeFilesAndDoc(label, files, result.doc);
        announce(done ?? `${label}.`);
        return true;
      },
      planRename(from, to) {
        return planRename(session.getState().draft.files, context().model.driver, from, to);
      },
      drop(source, target) {
        const plan = planEdit(context(), source, target);
        if (plan.kind === 'refused') announce(`Refused: ${plan.reason} Nothing changed.`, 'error');
        else if (plan.kind === 'edit') {
          const result = session.apply(plan.edit, plan.label);
          if (!result.ok) {
            announce(`Refused: ${result.reason} Nothing changed.`, 'error');
            return { kind: 'refused', reason: result.reason };
          }
          announce(plan.message);
        }
        return plan;
      },
    };
  }, [session, context]);

  return { actions, context, message, selected };
}
