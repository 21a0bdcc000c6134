// @ts-check
// `npm run serve`: the built app (dist/) for a team, with its security headers and the guarded gateway proxy.
import { existsSync } from 'node:fs';
import { createServer } from './app.mjs';
import { readServerConfig } from './config.mjs';

/** @type {import('./config.mjs').ServerConfig} */
let config;
try {
  config = readServerConfig(process.env, process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
if (!existsSync(`${config.distDir}/index.html`)) {
  console.error(`serve: ${config.distDir}/index.html is missing. Build the app first: npm run build`);
  process.exit(1);
}
const app = await createServer({ ...config, logger: config.log });
await app.listen({ host: config.host, port: config.port });
const shown = config.host.includes(':') ? `[${config.host}]` : config.host;
const gatewayNames = config.gateways.map((gateway) => gateway.name).join(', ');
console.log(`Plugin Studio: http://${shown}:${config.port}  (gateway: ${gatewayNames || config.gatewayUrl || 'embedded demo gateway'})`);
for (const warning of config.warnings) console.warn(`serve: ${warning}`);

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => void app.close().then(() => process.exit(0)));
}
