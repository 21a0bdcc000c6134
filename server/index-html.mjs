// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The meta tag the page reads to learn which gateway it talks to (src/gateway/connection.ts). */
export const GATEWAY_META = 'plugin-studio-gateway';

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
 */
export function indexHtmlFor(distDir, gatewayUrl) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const tag = `<meta name="${GATEWAY_META}" content="${escapeAttribute(gatewayUrl)}" />`;
  return html.replace('</head>', `    ${tag}\n  </head>`);
}
