// @ts-check
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod/mini';

/**
 * Named gateways, from a JSON file whose path is in PLUGIN_STUDIO_GATEWAYS:
 *
 *   { "gateways": [
 *       { "name": "dev",  "url": "http://tyk-dev:8080",  "secret": "…" },
 *       { "name": "prod", "url": "https://tyk-prod:8080", "secretFromEnv": "TYK_PROD_SECRET" },
 *       { "name": "edge-a", "url": "http://10.0.0.11:8080", "secretFromEnv": "TYK_EDGE_SECRET", "group": "edge" },
 *       { "name": "edge-b", "url": "http://10.0.0.12:8080", "secretFromEnv": "TYK_EDGE_SECRET", "group": "edge" } ] }
 *
 * Entries that share a `group` are the nodes of one cluster, each with its own API files: the app pushes to
 * every node. The secrets stay in this process: the page learns names and URLs (without credentials) only.
 */

/** Names go into URLs (`/gw/<name>/tyk/...`) and storage keys: kept to a safe alphabet. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const nameSchema = z.string().check(z.regex(NAME, 'use letters, digits, ".", "_" and "-" (64 at most), starting with a letter or digit'));

const entrySchema = z.strictObject({
  name: nameSchema,
  url: z.url({ protocol: /^https?$/ }),
  secret: z.optional(z.string()),
  secretFromEnv: z.optional(z.string().check(z.minLength(1))),
  group: z.optional(nameSchema),
});
const fileSchema = z.strictObject({ gateways: z.array(entrySchema).check(z.minLength(1, 'name at least one gateway')) });

/**
 * @typedef {object} GatewayEntry
 * @property {string} name
 * @property {string} url  where the proxy sends the calls
 * @property {string} secret  added to each call as x-tyk-authorization; never sent to the page
 * @property {string} [group]  the cluster this node belongs to
 */

/**
 * @typedef {object} PublicGatewayEntry  what the page may know of a gateway
 * @property {string} name
 * @property {string} url
 * @property {string} [group]
 */

/**
 * The gateways file, read and checked: anything malformed stops the server with the file's name and what is
 * wrong, rather than starting with a gateway missing.
 * @param {string} path
 * @param {Record<string, string | undefined>} env  where `secretFromEnv` names are looked up
 * @returns {{ gateways: GatewayEntry[], warnings: string[] }}
 */
export function readGatewaysFile(path, env) {
  const where = resolve(path);
  let text;
  try {
    text = readFileSync(where, 'utf8');
  } catch (error) {
    throw new Error(`PLUGIN_STUDIO_GATEWAYS: cannot read ${where} (${/** @type {NodeJS.ErrnoException} */ (error).code ?? String(error)})`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`PLUGIN_STUDIO_GATEWAYS: ${where} is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return gatewaysFrom(json, env, where);
}

/**
 * @param {unknown} json
 * @param {Record<string, string | undefined>} env
 * @param {string} where  the file, for messages
 * @returns {{ gateways: GatewayEntry[], warnings: string[] }}
 */
export function gatewaysFrom(json, env, where) {
  const result = fileSchema.safeParse(json);
  if (!result.success) {
    // The issue's path and message only: never the values, which may be secrets.
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw new Error(`PLUGIN_STUDIO_GATEWAYS: ${where}: ${problems}`);
  }
  /** @type {string[]} */
  const warnings = [];
  const names = new Set();
  const entries = result.data.gateways;
  const groups = new Set(entries.flatMap((entry) => (entry.group ? [entry.group] : [])));
  const gateways = entries.map((entry, index) => {
    if (names.has(entry.name)) throw new Error(`PLUGIN_STUDIO_GATEWAYS: ${where}: gateways.${index}.name: "${entry.name}" is named twice`);
    if (groups.has(entry.name)) throw new Error(`PLUGIN_STUDIO_GATEWAYS: ${where}: gateways.${index}.name: "${entry.name}" is also a group's name`);
    names.add(entry.name);
    if (entry.secret !== undefined && entry.secretFromEnv !== undefined) {
      throw new Error(`PLUGIN_STUDIO_GATEWAYS: ${where}: gateways.${index}: give "secret" or "secretFromEnv", not both`);
    }
    let secret = entry.secret ?? '';
    if (entry.secretFromEnv !== undefined) {
      secret = env[entry.secretFromEnv] ?? '';
      if (secret === '') warnings.push(`gateway ${entry.name}: ${entry.secretFromEnv} is not set: the gateway will refuse every call (403).`);
    } else if (entry.secret === undefined) {
      warnings.push(`gateway ${entry.name} has no secret: the gateway will refuse every call (403).`);
    }
    return { name: entry.name, url: entry.url, secret, ...(entry.group ? { group: entry.group } : {}) };
  });
  return { gateways, warnings };
}

/**
 * A gateway's URL as the page may see it: scheme, host, port and path, without user name, password, query or
 * fragment (any of which could carry a credential).
 * @param {string} url
 */
export function shownUrl(url) {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname.replace(/\/$/, '');
}

/**
 * What the page is told: names, shown URLs and groups.
 * @param {readonly GatewayEntry[]} gateways
 * @returns {PublicGatewayEntry[]}
 */
export function publicGateways(gateways) {
  return gateways.map((gateway) => ({ name: gateway.name, url: shownUrl(gateway.url), ...(gateway.group ? { group: gateway.group } : {}) }));
}

/**
 * The gateways file named by the environment (PLUGIN_STUDIO_GATEWAYS), or none. TYK_GATEWAY_URL is the
 * shortcut for a single gateway; both at once would leave it unclear which one the app talks to.
 * @param {Record<string, string | undefined>} env
 * @returns {{ gateways: GatewayEntry[], warnings: string[] }}
 */
export function gatewaysFromEnvironment(env) {
  const path = env.PLUGIN_STUDIO_GATEWAYS?.trim();
  if (!path) return { gateways: [], warnings: [] };
  if (env.TYK_GATEWAY_URL?.trim()) {
    throw new Error('Set PLUGIN_STUDIO_GATEWAYS or TYK_GATEWAY_URL, not both: add the TYK_GATEWAY_URL gateway to the gateways file as an entry.');
  }
  return readGatewaysFile(path, env);
}
