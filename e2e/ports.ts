/**
 * The ports the end-to-end run uses, from E2E_PORT (so runs side by side do not meet): the app on the
 * embedded gateway, the app in proxy mode, and the gateway stand-in behind that proxy.
 */
export const appPort = Number(process.env.E2E_PORT ?? 5199);
export const proxyAppPort = appPort + 50;
export const gatewayDoublePort = appPort + 51;
export const GATEWAY_DOUBLE_SECRET = 'double-secret';
