import type { DefinitionFormat } from '../../domain/pipeline/model';
import { checkDefinitionText, type JsonProblem } from './definition-text';
import { loadPendingText } from './pending-text';

/**
 * The first problem of text left in this tab's Definition editor that does not parse (it never became the
 * definition, so a push would send the last valid one), or undefined when there is none.
 */
export function unparsedDefinitionProblem(draftKey: string, format: DefinitionFormat): JsonProblem | undefined {
  const text = loadPendingText(draftKey);
  if (text === undefined) return undefined;
  const check = checkDefinitionText(text, format);
  return check.ok ? undefined : check.problems[0];
}
