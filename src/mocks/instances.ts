import { isJsonObject } from '../domain/json';
import { EMBEDDED_GROUPS } from '../gateway/embedded-gateways';
import { seedApis, type SeedApi } from './seed';

/** The instance the app has always talked to at `/tyk` (and the one tests and `simulate…` helpers use). */
export const DEFAULT_INSTANCE = 'demo';

/** Which instance a request is for: `/gw/<name>/tyk/...` names one; anything else is the seeded one. */
export function instanceOfUrl(url: string): string {
  const match = /\/gw\/([^/]+)\/tyk(\/|$)/.exec(new URL(url, 'http://embedded.invalid').pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : DEFAULT_INSTANCE;
}

/** The instances that reload with this one on `/tyk/reload/group` (the gateway's pub/sub reaches the cluster). */
export function groupOf(instance: string): readonly string[] {
  return Object.values(EMBEDDED_GROUPS).find((nodes) => (nodes as readonly string[]).includes(instance)) ?? [instance];
}

/** Without these, the prod instance shows nothing to compare: it runs an older payments chain and lacks two APIs. */
function prodSeed(): SeedApi[] {
  const apis = seedApis().filter((api) => api.id !== 'partner-webhooks' && api.id !== 'public-catalogue');
  const payments = apis.find((api) => api.id === 'payments');
  const middleware = payments?.doc.custom_middleware;
  if (isJsonObject(middleware)) middleware.pre = [];
  return apis;
}

/** Each instance's APIs when it starts or is reset: a cluster's nodes start in step with the seed. */
export function seedFor(instance: string): SeedApi[] {
  return instance === 'prod' ? prodSeed() : seedApis();
}
