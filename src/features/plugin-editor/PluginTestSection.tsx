import { useMemo } from 'react';
import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat, PluginModel } from '../../domain/pipeline/model';
import { defaultSetup, definitionOrgId } from '../../domain/plugin-test/defaults';
import { definitionId } from '../../domain';
import type { PluginFiles } from '../../drafts/draft-types';
import { TestPanel, runChain, type TargetFor } from '../plugin-test';
import { buildChain } from '../../domain/chain';
import { chainRunPlan } from '../../domain/plugin-test/chain-run';
import { whereItRuns } from '../../domain/plugin-test/hooks';
import type { Sample } from '../../domain/plugin-test/sample';
import { outcomeSummary } from '../../domain/plugin-test/outcome';
import { setChainRunMarks, type ChainRunMark } from '../common/chain-run-marks';
import { languageOf, locateFunction, namedSourcePath, type NamedFunction } from './named-functions';

interface Props {
  apiKey: string;
  /** The API's id in the app's address (the pipeline reads the chain run's marks under it). */
  marksKey: string;
  doc: JsonObject;
  format: DefinitionFormat;
  model: PluginModel;
  files: PluginFiles;
  item: NamedFunction;
  /** The files as the editor has them now: pending typing saved first. */
  currentFiles: () => PluginFiles;
  onClose: () => void;
}

/** Hooks a plugin test can run (analytics plugins and per-endpoint plugins cannot: they are not hook calls). */
export function isTestable(item: NamedFunction): boolean {
  return item.place !== 'analytics' && item.place !== 'endpointGoPlugin' && item.place !== 'virtual';
}

/** The Test panel for a function the definition names, on the file that defines it as the editor has it now. */
export function PluginTestSection({ apiKey, marksKey, doc, format, model, files, item, currentFiles, onClose }: Props) {
  const place = item.place;
  const where = locateFunction(files, item.fn.name, item.language, namedSourcePath(item));
  const hook = place === 'analytics' || place === 'endpointGoPlugin' || place === 'virtual' ? 'post' : place;
  const initialSetup = useMemo(() => defaultSetup(doc, format, model, hook), [doc, format, model, hook]);
  const engine = model.driver === 'javascript' ? 'goja' : 'otto';
  const ids = { orgId: definitionOrgId(doc, format), apiId: definitionId(doc, format) };

  function chainRun(sample: Sample) {
    const files = currentFiles();
    const plan = chainRunPlan(buildChain(doc, format, model, { method: sample.method, path: sample.path }));
    const targetFor: TargetFor = (entry) => {
      const language = languageOf(model.driver, entry.hook, entry.fn.path);
      const runs = whereItRuns(language);
      if (!runs.runs || (language !== 'javascript' && language !== 'python' && language !== 'lua')) return { skip: `A ${language === 'go' ? 'Go' : 'gRPC'} plugin cannot run in the browser.` };
      const found = locateFunction(files, entry.fn.name, language, entry.fn.path || undefined);
      if (!found) return { skip: 'No file here defines it.' };
      return { language, engine, code: files[found.path] ?? '', functionName: entry.fn.name, hook: entry.hook, ...ids };
    };
    return runChain(plan, sample, targetFor).then((results) => {
      // Drawn on the pipeline's cards: each hook's effect where it sits in the chain.
      const marks = new Map<string, ChainRunMark>();
      for (const { entry, outcome, skipped } of results) {
        const key = `${entry.hook}:${model.hooks[entry.hook].functions.indexOf(entry.fn)}`;
        if (skipped !== undefined) marks.set(key, { tone: 'skipped', text: `skipped: ${skipped}` });
        else if (outcome) marks.set(key, { tone: outcome.error ? 'error' : outcome.verdict ? 'answered' : 'ran', text: outcomeSummary(outcome) });
      }
      setChainRunMarks(marksKey, { request: `${sample.method} ${sample.path}`, marks });
      return results;
    });
  }
  return (
    <TestPanel
      key={`${apiKey}:${item.id}`}
      apiKey={apiKey}
      apiId={ids.apiId}
      orgId={ids.orgId}
      functionName={item.fn.name}
      hook={hook}
      hookLabel={item.label}
      language={item.language}
      engine={engine}
      runChain={chainRun}
      hasCode={where !== undefined}
      readCode={() => {
        const now = currentFiles();
        const found = locateFunction(now, item.fn.name, item.language, namedSourcePath(item));
        return found ? now[found.path] : undefined;
      }}
      initialSetup={initialSetup}
      onClose={onClose}
    />
  );
}
