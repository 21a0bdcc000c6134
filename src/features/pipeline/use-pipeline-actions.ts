import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { DraftSession } from '../../drafts/draft-session';
import type { EditOptions, FunctionRef, PluginEdit } from '../../domain/pipeline/edit-types';
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
  /** The draft as the action left it. */
  doc: JsonObject;
  /** It says what an edit did (undo takes it away with the edit, redo brings both back). */
  edit: boolean;
}

/**
 * The pipeline's commands over the draft session. They read the draft when called, so they stay the same
 * objects for the life of the view and memoised rows do not re-render because of them.
 */
export function usePipelineActions(
  session: DraftSession,
  endpoint: RequestFocus | undefined,
  doc: JsonObject,
  model: PluginModel,
  options: EditOptions,
  /** Told of every selection (the side panel turns to the inspector). */
  onSelect?: (ref: FunctionRef | null) => void,
) {
  const [message, setMessage] = useState<PipelineMessage | null>(null);
  const [selected, setSelected] = useState<FunctionRef | null>(null);
  const selectedRef = useRef(selected);
  const onSelectRef = useRef(onSelect);
  const optionsRef = useRef(options);
  const endpointRef = useRef(endpoint);
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  // The model the view last rendered, reused by drops on the same draft instead of reading it again.
  const renderedRef = useRef({ doc, model });
  useLayoutEffect(() => {
    endpointRef.current = endpoint;
    navigateRef.current = navigate;
    renderedRef.current = { doc, model };
    optionsRef.current = options;
    onSelectRef.current = onSelect;
    selectedRef.current = selected;
  }, [endpoint, navigate, doc, model, options, onSelect, selected]);
  const seq = useRef(0);

  const context = useMemo(
    () => (): DropContext => {
      const { doc, format } = session.getState().draft;
      const rendered = renderedRef.current;
      const model = rendered.doc === doc ? rendered.model : readPluginModel(doc, format);
      return { doc, format, model, endpoint: endpointRef.current, options: optionsRef.current };
    },
    [session],
  );

  const actions = useMemo<PipelineActions>(() => {
    const say = (text: string, tone: MessageTone, edit: boolean) => {
      seq.current += 1;
      setMessage({ text, tone, seq: seq.current, doc: session.getState().draft.doc, edit });
    };
    const announce = (text: string, tone: MessageTone = 'info') => say(text, tone, false);
    const done = (text: string) => say(text, 'info', true);
    const select = (ref: FunctionRef | null) => {
      selectedRef.current = ref;
      setSelected(ref);
      onSelectRef.current?.(ref);
    };
    // The inspector follows its function when an edit moves it, and closes when it goes.
    const follow = (edit: PluginEdit) => {
      const current = selectedRef.current;
      if (!current) return;
      const same = (ref: FunctionRef) => ref.hook === current.hook && ref.index === current.index;
      if (edit.type === 'move' && same(edit.from)) select(edit.to);
      else if (edit.type === 'detach' && same(edit.at)) select(null);
    };
    return {
      announce,
      select,
      open(href) {
        void navigateRef.current(href);
      },
      apply(edit, label, said) {
        const result = session.apply(edit, label, optionsRef.current);
        if (!result.ok) {
          announce(`Refused: ${result.reason} Nothing changed.`, 'error');
          return false;
        }
        follow(edit);
        done(said ?? `${label}.`);
        return true;
      },
      applyWithFiles(edit, files, label, said) {
        const { doc, format } = session.getState().draft;
        const result = applyEdit(doc, format, edit, optionsRef.current);
        if (!result.ok) {
          announce(`Refused: ${result.reason} Nothing changed.`, 'error');
          return false;
        }
        session.changeFilesAndDoc(label, files, result.doc);
        done(said ?? `${label}.`);
        return true;
      },
      planRename(from, to) {
        return planRename(session.getState().draft.files, context().model.driver, from, to);
      },
      drop(source, target) {
        const plan = planEdit(context(), source, target);
        if (plan.kind === 'refused') announce(`Refused: ${plan.reason} Nothing changed.`, 'error');
        else if (plan.kind === 'edit') {
          const result = session.apply(plan.edit, plan.label, optionsRef.current);
          if (!result.ok) {
            announce(`Refused: ${result.reason} Nothing changed.`, 'error');
            return { kind: 'refused', reason: result.reason };
          }
          follow(plan.edit);
          done(plan.message);
        }
        return plan;
      },
    };
  }, [session, context]);

  return { actions, context, message, selected };
}
