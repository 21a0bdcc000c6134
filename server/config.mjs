// @ts-check
import * as z from 'zod/mini';
import { allowedHostsFrom } from './gateway-guard.mjs';
import { gatewaysFromEnvironment } from './gateways-config.mjs';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

const envSchema = z.object({
  TYK_GATEWAY_URL: z.optional(z.union([z.literal(''), z.url({ protocol: /^https?$/ })])),
  TYK_GATEWAY_SECRET: z.optional(z.string()),
  HOST: z.optional(z.string().check(z.minLength(1))),
  PORT: z.optional(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(65535))),
  PLUGIN_STUDIO_ALLOWED_HOSTS: z.optional(z.string()),
  PLUGIN_STUDIO_DIST: z.optional(z.string().check(z.minLength(1))),
  PLUGIN_STUDIO_GATEWAY_TIMEOUT_MS: z.optional(z.coerce.number().check(z.int(), z.minimum(1))),
  PLUGIN_STUDIO_LOG: z.optional(z.string()),
  PLUGIN_STUDIO_GATEWAYS: z.optional(z.string()),
});

const FLAGS = { '--host': 'HOST', '--port': 'PORT', '--dist': 'PLUGIN_STUDIO_DIST' };

/**
 * @typedef {object} ServerConfig
 * @property {string} host
 * @property {number} port
 * @property {string} distDir
 * @property {string} gatewayUrl
 * @property {string} gatewaySecret
 * @property {import('./gateways-config.mjs').GatewayEntry[]} gateways  the gateways file's (PLUGIN_STUDIO_GATEWAYS)
 * @property {string[]} allowedHosts
 * @property {number | undefined} gatewayTimeoutMs
 * @property {boolean} log
 * @property {string[]} warnings
 */

/**
 * The server's settings from the environment and `--host`, `--port`, `--dist`; anything unknown or
 * malformed stops the server with what is wrong, rather than starting it in a mode nobody asked for.
 * @param {Record<string, string | undefined>} env
 * @param {string[]} argv
 * @returns {ServerConfig}
 */
export function readServerConfig(env, argv) {
  /** @type {Record<string, string | undefined>} */
  const merged = { ...env };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
    const name = FLAGS[/** @type {keyof typeof FLAGS} */ (flag)];
    if (!name) throw new Error(`serve: unknown option ${flag}; known: ${Object.keys(FLAGS).join(', ')}`);
    const value = inline ?? argv[(i += 1)];
    if (value === undefined) throw new Error(`serve: ${flag} needs a value`);
    merged[name] = value;
  }
  const picked = Object.fromEntries(Object.keys(envSchema.shape).map((key) => [key, merged[key] === '' && key !== 'TYK_GATEWAY_URL' ? undefined : merged[key]]));
  const result = envSchema.safeParse(picked);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`serve: ${problems}`);
  }
  const parsed = result.data;
  const host = parsed.HOST ?? '127.0.0.1';
  const gatewayUrl = parsed.TYK_GATEWAY_URL ?? '';
  const allowedHosts = allowedHostsFrom(parsed.PLUGIN_STUDIO_ALLOWED_HOSTS);
  /** @type {string[]} */
  const warnings = [];
  const wildcard = host === '0.0.0.0' || host === '::';
  if (!LOOPBACK.has(host) && !wildcard) allowedHosts.push(host.includes(':') ? `[${host}]` : host);
  const named = gatewaysFromEnvironment(merged);
  warnings.push(...named.warnings);
  if (wildcard && !parsed.PLUGIN_STUDIO_ALLOWED_HOSTS && (gatewayUrl || named.gateways.length > 0)) {
    warnings.push(
      `listening on every interface, but gateway calls are answered only for loopback names: set PLUGIN_STUDIO_ALLOWED_HOSTS to the name your team uses.`,
    );
  }
  if (gatewayUrl && !parsed.TYK_GATEWAY_SECRET) warnings.push('TYK_GATEWAY_SECRET is not set: the gateway will refuse every call (403).');
  return {
    host,
    port: parsed.PORT ?? 4000,
    distDir: parsed.PLUGIN_STUDIO_DIST ?? 'dist',
    gatewayUrl,
    gatewaySecret: parsed.TYK_GATEWAY_SECRET ?? '',
    gateways: named.gateways,
    allowedHosts,
    gatewayTimeoutMs: parsed.PLUGIN_STUDIO_GATEWAY_TIMEOUT_MS,
    log: parsed.PLUGIN_STUDIO_LOG === '1',
    warnings,
  };
}
