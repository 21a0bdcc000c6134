// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The meta tag the page reads to learn which gateway it talks to (src/gateway/connection.ts). */
export const GATEWAY_META = 'plugin-studio-gateway';
/** The meta tag with the named gateways' names and URLs, as JSON (src/gateway/gateway-directory.ts). */
export const GATEWAYS_META = 'plugin-studio-gateways';

/** @param {string} text */
function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The built index.html with the gateway's URL in a meta tag: one build serves the embedded gateway or any
 * real one, chosen when the server starts. A tag, not an inline script, so the CSP allows no inline code.
 * Only the URL goes in; the secret stays in this process.
 * @param {string} distDir
 * @param {string} gatewayUrl  '' for the embedded gateway
 * @param {readonly import('./gateways-config.mjs').PublicGatewayEntry[]} [gateways]  the gateways file's, shown names and URLs
 */
export function indexHtmlFor(distDir, gatewayUrl, gateways = []) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const tags = [`<meta name="${GATEWAY_META}" content="${escapeAttribute(gatewayUrl)}" />`];
  if (gateways.length > 0) tags.push(`<meta name="${GATEWAYS_META}" content="${escapeAttribute(JSON.stringify(gateways))}" />`);
  return html.replace('</head>', `${tags.map((tag) => `    ${tag}\n`).join('')}  </head>`);
}
