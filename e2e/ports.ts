/**
 * The ports the end-to-end run uses, from E2E_PORT (so runs side by side do not meet): the app on the
 * embedded gateway, the app in proxy mode, and the gateway stand-in behind that proxy.
 */
export const appPort = Number(process.env.E2E_PORT ?? 5199);
// Offsets far apart, so runs on neighbouring E2E_PORTs never share a derived port.
export const proxyAppPort = appPort + 100;
export const gatewayDoublePort = appPort + 200;
export const GATEWAY_DOUBLE_SECRET = 'double-secret';
