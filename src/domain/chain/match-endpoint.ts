import type { DefinitionFormat, EndpointPlugin } from '../pipeline/model';
import type { ChainRequest } from './types';

/**
 * Does a request path hit an endpoint path? OAS paths are templates (`/refunds/{id}`: one segment per
 * parameter, whole path). Classic paths are regular expressions in mux style (`{id}`, `{id:[0-9]+}`, `[0-9]+`),
 * matched from the start; a match may be followed by more segments, as the gateway's non-strict matching does.
 * A request given as the template itself (`POST /refunds/{id}`) matches that endpoint too.
 */
export function pathMatches(pattern: string, requestPath: string, format: DefinitionFormat): boolean {
  const path = normalise(requestPath);
  const template = normalise(pattern);
  if (template === path) return true;
  const regex = format === 'oas' ? oasRegex(template) : classicRegex(template);
  return regex ? regex.test(path) : false;
}

export function methodMatches(endpointMethod: string, requestMethod: string): boolean {
  const method = endpointMethod.trim().toUpperCase();
  return method === '' || method === 'ANY' || method === requestMethod.trim().toUpperCase();
}

/** The per-endpoint plugins a request meets; a listen path prefix on the request is ignored. */
export function pluginsForRequest(
  plugins: readonly EndpointPlugin[],
  request: ChainRequest,
  format: DefinitionFormat,
  listenPath = '',
): EndpointPlugin[] {
  const candidates = [request.path];
  const prefix = normalise(listenPath).replace(/\/$/, '');
  if (prefix && prefix !== '/' && normalise(request.path).startsWith(prefix + '/')) {
    candidates.push(normalise(request.path).slice(prefix.length));
  }
  return plugins.filter(
    (plugin) =>
      plugin.path !== '' &&
      methodMatches(plugin.method, request.method) &&
      candidates.some((candidate) => pathMatches(plugin.path, candidate, format)),
  );
}

function normalise(path: string): string {
  const trimmed = path.trim().split('?')[0] ?? '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function oasRegex(template: string): RegExp | undefined {
  const source = template
    .split(/(\{[^}/]*\})/)
    .map((part) => (part.startsWith('{') && part.endsWith('}') ? '[^/]+' : escapeRegex(part)))
    .join('');
  return compile(`^${source}/?$`);
}

function classicRegex(pattern: string): RegExp | undefined {
  // `{name}` is one segment, `{name:regex}` that regex; the rest is the user's own regular expression.
  const source = pattern.replace(/\{([^}:/]*)(?::([^}]*))?\}/g, (_match, _name: string, regex?: string) =>
    regex ? `(?:${regex})` : '[^/]+',
  );
  const anchoredEnd = source.endsWith('$');
  return compile(anchoredEnd ? `^${source}` : `^${source}(?:/.*)?$`);
}

function compile(source: string): RegExp | undefined {
  if (source.length > 2000) return undefined;
  try {
    return new RegExp(source);
  } catch {
    return undefined;
  }
}
