import type { JsonObject } from '../json';
import type { Driver } from '../pipeline/model';
import { normaliseListenPath } from './listen-path';
import { classicAuth, oasAuth } from './auth';
import type { AuthChoice, NewApiInput } from './new-api-schema';
import { randomApiId, type IdGenerator } from './new-id';
import { slugFromName } from './slug';

export interface CreateOptions {
  /** Makes the API id; pass a fixed one in tests. */
  newId?: IdGenerator;
}

/** The form's validated values; the driver may be left out, and authentication (keyless by default). */
export type CreateInput = Omit<NewApiInput, 'driver' | 'auth'> & { driver?: Driver | undefined; auth?: AuthChoice };

/** A minimal definition the gateway accepts, in the format the form asked for. */
export function createDefinition(input: CreateInput, options: CreateOptions = {}): JsonObject {
  const id = (options.newId ?? randomApiId)();
  const fields: NewApiFields = {
    id,
    name: input.name.trim(),
    listenPath: normaliseListenPath(input.listenPath),
    upstreamUrl: input.upstreamUrl.trim(),
    driver: input.driver,
    auth: input.auth ?? 'keyless',
  };
  return input.format === 'classic' ? createClassic(fields) : createOas(fields);
}

interface NewApiFields {
  id: string;
  name: string;
  listenPath: string;
  upstreamUrl: string;
  driver: Driver | undefined;
  auth: AuthChoice;
}

/**
 * An unversioned Tyk Classic API (`api_id`, `proxy`, `version_data`) with the authentication chosen; with a
 * driver, an empty `custom_middleware` ready for hooks (and the custom auth function, when that was chosen).
 */
function createClassic(f: NewApiFields): JsonObject {
  const auth = classicAuth(f.auth);
  const definition: JsonObject = {
    name: f.name,
    slug: slugFromName(f.name),
    api_id: f.id,
    org_id: '',
    ...auth.fields,
    active: true,
    proxy: { listen_path: f.listenPath, target_url: f.upstreamUrl, strip_listen_path: true },
    // default_version is not needed by the gateway for an unversioned API, but Tyk Operator's
    // ApiDefinition requires it, so a new API exports to Kubernetes as it is.
    version_data: {
      not_versioned: true,
      default_version: 'Default',
      versions: { Default: { name: 'Default' } },
    },
  };
  if (f.driver) {
    definition.custom_middleware = {
      driver: f.driver,
      pre: [],
      post: [],
      post_key_auth: [],
      response: [],
      auth_check: auth.authCheck ?? {},
    };
  }
  return definition;
}

/**
 * A Tyk OAS API: an OpenAPI 3.0.3 document with no paths yet and its `x-tyk-api-gateway` (info, upstream,
 * listen path; `middleware.global.pluginConfig.driver` with a driver).
 */
function createOas(f: NewApiFields): JsonObject {
  const gateway: JsonObject = {
    info: { name: f.name, id: f.id, state: { active: true } },
    upstream: { url: f.upstreamUrl },
    server: { listenPath: { value: f.listenPath, strip: true } },
  };
  if (f.driver) gateway.middleware = { global: { pluginConfig: { driver: f.driver } } };
  const auth = oasAuth(f.auth);
  if (auth.authentication) (gateway.server as JsonObject).authentication = auth.authentication;
  return {
    openapi: '3.0.3',
    info: { title: f.name, version: '1.0.0' },
    ...(auth.security ? { security: auth.security } : {}),
    paths: {},
    ...(auth.securitySchemes ? { components: { securitySchemes: auth.securitySchemes } } : {}),
    'x-tyk-api-gateway': gateway,
  };
}
