import type { ChainStep } from '../../domain/chain';
import type { FunctionRef } from '../../domain/pipeline/edit-types';
import type { PluginModel } from '../../domain/pipeline/model';
import { editCodeHref, testHref } from './code-href';
import type { FindingsIndex } from './findings-index';
import { Inspector } from './Inspector';

interface Props {
  apiId: string;
  selected: FunctionRef | null;
  model: PluginModel;
  chain: readonly ChainStep[];
  findings: FindingsIndex;
  tracing: boolean;
}

const NONE: never[] = [];

/** The inspector of the selected function, or how to select one. */
export function InspectorTab({ apiId, selected, model, chain, findings, tracing }: Props) {
  const fn = selected ? model.hooks[selected.hook].functions[selected.index] : undefined;
  if (!selected || !fn) {
    return <p className="text-sm text-slate-600">Select a function in the diagram (click it, or Enter on it) to see its fields and actions here.</p>;
  }
  const driver = selected.hook === 'analytics' ? 'goplugin (.so)' : model.driver;
  const step = chain.find((item) => item.hook === selected.hook);
  return (
    <Inspector
      at={selected}
      fn={fn}
      count={model.hooks[selected.hook].functions.length}
      driver={driver}
      codeHref={editCodeHref(apiId, driver, fn.name, fn.path)}
      testHref={selected.hook === 'analytics' ? undefined : testHref(apiId, driver, fn.name, fn.path, selected.hook, selected.index)}
      findings={findings.functions.get(`${selected.hook}:${selected.index}`) ?? NONE}
      verdict={tracing ? step?.functions[selected.index] : undefined}
    />
  );
}
