import { listenPathProblem } from '../create/listen-path';
import { upstreamUrlProblem } from '../create/upstream-url';
import { isJsonObject, type JsonObject } from '../json';
import type { Finding } from '../pipeline/model';
import { upstreamFromServers, type OpenApiImportOptions } from './openapi-to-tyk-oas';

/** What stands in the way of `tykOasFromOpenApi` with these settings (`openapi`, `servers`, listen path, upstream). */
export function openApiImportFindings(doc: JsonObject, options: OpenApiImportOptions): Finding[] {
  const findings: Finding[] = [];
  const version = doc.openapi;
  if (typeof version !== 'string' || !/^3\.[01]\./.test(version)) {
    findings.push({
      severity: 'error',
      code: 'openapi-version',
      message: `Tyk OAS is built on OpenAPI 3.0 or 3.1; this document says openapi ${JSON.stringify(version ?? null)}.`,
      path: ['openapi'],
    });
  }
  const listenProblem = listenPathProblem(options.listenPath);
  if (listenProblem)
    findings.push({ severity: 'error', code: 'listen-path', message: listenProblem, path: [] });

  const given = options.upstreamUrl?.trim();
  if (given) {
    const problem = upstreamUrlProblem(given);
    if (problem) findings.push({ severity: 'error', code: 'upstream-url', message: problem, path: [] });
  } else if (!upstreamFromServers(doc)) {
    findings.push({
      severity: 'error',
      code: 'upstream-missing',
      message: `${firstServerText(doc)}, so the gateway would not know where to forward requests.`,
      fix: 'Enter the upstream URL, for example https://orders.internal.',
      path: ['servers'],
    });
  }
  if (isJsonObject(doc['x-tyk-api-gateway'])) {
    findings.push({
      severity: 'info',
      code: 'already-tyk-oas',
      message:
        'The document already has x-tyk-api-gateway: its name, upstream and listen path are replaced, its other settings kept.',
      path: ['x-tyk-api-gateway'],
    });
  }
  return findings;
}

function firstServerText(doc: JsonObject): string {
  const first = Array.isArray(doc.servers) ? doc.servers[0] : undefined;
  if (isJsonObject(first) && typeof first.url === 'string') {
    return `The first server URL (${JSON.stringify(first.url)}) is not an absolute http(s) URL`;
  }
  return 'The document lists no server URL';
}
