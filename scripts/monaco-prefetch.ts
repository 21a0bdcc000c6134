import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

const PLACEHOLDER = /(["'`])__PLUGIN_STUDIO_MONACO_FILES__\1/;
const SETUP_MODULE = /src\/monaco\/monaco-setup\.ts$/;

interface ViteChunkMetadata {
  viteMetadata?: { importedCss?: Set<string> };
}

/**
 * Every file `monaco-setup` needs: its chunk, the chunks it imports, and their CSS, and the chunks it loads on
 * demand (the JSON language service, the plugin languages' tokenizers), which an editor asks for the moment it
 * opens: fetched ahead, they are no longer one more round trip after Monaco has started.
 */
export function monacoFiles(bundle: OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
  const setup = chunks.find((chunk) => chunk.facadeModuleId !== null && SETUP_MODULE.test(chunk.facadeModuleId));
  if (!setup) return [];
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const css of (chunk as OutputChunk & ViteChunkMetadata).viteMetadata?.importedCss ?? []) files.add(css);
    for (const name of chunk.imports) {
      const next = byName.get(name);
      if (next) visit(next);
    }
  };
  visit(setup);
  for (const name of setup.dynamicImports) {
    const next = byName.get(name);
    if (next) visit(next);
  }
  return [...files];
}

/**
 * Writes the list of Monaco's built files into the chunk that loads Monaco (src/monaco/load-monaco.ts), so
 * the app can fetch them ahead of the first editor without running them. That chunk imports monaco-setup,
 * so its own hashed name already changes whenever this list does.
 */
export function monacoPrefetch(): Plugin {
  let base = '/';
  return {
    name: 'plugin-studio:monaco-prefetch',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const files = monacoFiles(bundle).map((file) => `${base}${file}`);
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk' || !PLACEHOLDER.test(item.code)) continue;
        item.code = item.code.replace(PLACEHOLDER, JSON.stringify(files));
      }
    },
  };
}
