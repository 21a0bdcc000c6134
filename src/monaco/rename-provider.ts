import { isValidIdentifier, nameOccurrences, type SourceLanguage } from '../domain/source';
import type { Monaco } from './types';

const LANGUAGES: readonly SourceLanguage[] = ['javascript', 'python', 'lua', 'go'];
let registered = false;

/**
 * F2 (rename symbol) in plugin code: Monaco has no language service for these languages here, so a name is
 * renamed where it occurs as itself in the file (not in comments, strings, longer names or after a dot), as
 * the pipeline's rename does across files.
 */
export function registerPluginRename(monaco: Monaco): void {
  if (registered) return;
  registered = true;
  for (const language of LANGUAGES) {
    monaco.languages.registerRenameProvider(language, {
      resolveRenameLocation(model, position) {
        const word = model.getWordAtPosition(position);
        const range = new monaco.Range(position.lineNumber, word?.startColumn ?? position.column, position.lineNumber, word?.endColumn ?? position.column);
        if (!word) return { range, text: '', rejectReason: 'Put the cursor on a name to rename it.' };
        const at = model.getOffsetAt({ lineNumber: position.lineNumber, column: word.startColumn });
        if (!nameOccurrences(language, model.getValue(), word.word).includes(at)) {
          return { range, text: word.word, rejectReason: 'Only a name in code can be renamed here: not one in a comment or a string, or after a dot.' };
        }
        return { range, text: word.word };
      },
      provideRenameEdits(model, position, newName) {
        const word = model.getWordAtPosition(position);
        if (!word) return { edits: [], rejectReason: 'Put the cursor on a name to rename it.' };
        if (!isValidIdentifier(language, newName)) return { edits: [], rejectReason: `"${newName}" is not a valid ${language} name.` };
        const versionId = model.getVersionId();
        const edits = nameOccurrences(language, model.getValue(), word.word).map((at) => {
          const start = model.getPositionAt(at);
          const end = model.getPositionAt(at + word.word.length);
          return { resource: model.uri, versionId, textEdit: { range: monaco.Range.fromPositions(start, end), text: newName } };
        });
        return { edits };
      },
    });
  }
}
