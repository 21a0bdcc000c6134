import type * as MonacoNamespace from 'monaco-editor/editor/editor.api';
import type { Monaco } from '../types';
import type { ApiEntry } from './api-entries';
import { JAVASCRIPT_API, LUA_API, PYTHON_API } from './api-entries';

type Model = MonacoNamespace.editor.ITextModel;
type Position = MonacoNamespace.Position;

function markdown(entry: ApiEntry): string {
  const title = entry.signature ?? entry.name;
  const params = (entry.params ?? []).map((p) => `- \`${p.name}\`: ${p.doc}`).join('\n');
  return `\`\`\`\n${title}\n\`\`\`\n${entry.doc}${params ? `\n\n${params}` : ''}`;
}

/** Whether the word being typed follows a dot (`request.Se|`, `tyk.req.se|`). */
function afterDot(model: Model, position: Position): boolean {
  const word = model.getWordUntilPosition(position);
  const before = model.getLineContent(position.lineNumber).slice(0, word.startColumn - 1);
  return /\.\s*$/.test(before);
}

/** The function whose argument list the cursor is in, and which argument: for signature help. */
function callAt(model: Model, position: Position): { name: string; index: number } | undefined {
  const text = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
  let depth = 0;
  let commas = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === ')') depth++;
    else if (ch === ',' && depth === 0) commas++;
    else if (ch === '(') {
      if (depth === 0) {
        const name = /([A-Za-z_$][\w$]*)\s*$/.exec(text.slice(0, i))?.[1];
        return name ? { name, index: commas } : undefined;
      }
      depth--;
    }
  }
  return undefined;
}

function register(monaco: Monaco, language: string, entries: readonly ApiEntry[]): void {
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const { CompletionItemKind, CompletionItemInsertTextRule } = monaco.languages;
  const kinds = { function: CompletionItemKind.Function, method: CompletionItemKind.Method, field: CompletionItemKind.Field, decorator: CompletionItemKind.Keyword, object: CompletionItemKind.Module };
  monaco.languages.registerCompletionItemProvider(language, {
    triggerCharacters: ['.'],
    provideCompletionItems(model, position) {
      const word = model.getWordUntilPosition(position);
      const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
      const member = afterDot(model, position);
      const suggestions = entries
        .filter((entry) => entry.member === member)
        .map((entry) => ({
          label: entry.name,
          kind: kinds[entry.kind],
          detail: entry.signature ?? entry.kind,
          documentation: { value: markdown(entry) },
          insertText: entry.snippet ?? entry.name,
          ...(entry.snippet ? { insertTextRules: CompletionItemInsertTextRule.InsertAsSnippet } : {}),
          range,
        }));
      return { suggestions };
    },
  });
  monaco.languages.registerHoverProvider(language, {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      const entry = word ? byName.get(word.word) : undefined;
      if (!word || !entry) return null;
      return {
        range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        contents: [{ value: markdown(entry) }],
      };
    },
  });
  monaco.languages.registerSignatureHelpProvider(language, {
    signatureHelpTriggerCharacters: ['(', ','],
    signatureHelpRetriggerCharacters: [','],
    provideSignatureHelp(model, position) {
      const call = callAt(model, position);
      const entry = call ? byName.get(call.name) : undefined;
      if (!call || !entry?.signature) return null;
      return {
        value: {
          signatures: [{ label: entry.signature, documentation: { value: entry.doc }, parameters: (entry.params ?? []).map((p) => ({ label: p.name, documentation: { value: p.doc } })) }],
          activeSignature: 0,
          activeParameter: Math.min(call.index, Math.max(0, (entry.params?.length ?? 1) - 1)),
        },
        dispose() {},
      };
    },
  });
}

let registered = false;

/**
 * Completion, hover docs and signature help for the plugin APIs: the JSVM's TykJS in JavaScript files, the
 * co-process Python modules, and the Lua dispatcher's helpers. Once per page.
 */
export function registerPluginApi(monaco: Monaco): void {
  if (registered) return;
  registered = true;
  register(monaco, 'javascript', JAVASCRIPT_API);
  register(monaco, 'python', PYTHON_API);
  register(monaco, 'lua', LUA_API);
}
