import type { Driver } from '../pipeline/model';

/** A language the app edits plugin source in. */
export type SourceLanguage = 'go' | 'python' | 'javascript' | 'lua';
/** `none`: the functions live outside the gateway (gRPC) or the driver is unknown, so there is no file. */
export type CodeLanguage = SourceLanguage | 'none';

export const SOURCE_LANGUAGES: readonly SourceLanguage[] = ['go', 'python', 'javascript', 'lua'];

const EXTENSIONS: Record<string, SourceLanguage> = {
  go: 'go',
  py: 'python',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  lua: 'lua',
};

/** The language of a plugin file by its extension (`hook.js`, `middleware.py`); undefined when unknown. */
export function languageForPath(path: string): SourceLanguage | undefined {
  const base = path.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return EXTENSIONS[base.slice(dot + 1).toLowerCase()];
}

const DRIVER_LANGUAGE: Record<Driver, CodeLanguage> = {
  goplugin: 'go',
  python: 'python',
  lua: 'lua',
  otto: 'javascript',
  javascript: 'javascript',
  // gRPC functions are served by an external server: the gateway holds no source for them.
  grpc: 'none',
};

/** The source language of `custom_middleware.driver` / `pluginConfig.driver`; unknown drivers have none. */
export function languageForDriver(driver: string): CodeLanguage {
  return Object.prototype.hasOwnProperty.call(DRIVER_LANGUAGE, driver)
    ? DRIVER_LANGUAGE[driver as Driver]
    : 'none';
}

/** The usual file extension, without the dot. */
export function extensionFor(language: SourceLanguage): string {
  return language === 'javascript' ? 'js' : language === 'python' ? 'py' : language;
}
