/// <reference types="vite/client" />

/** The real gateway's URL when the dev/preview server proxies to one; empty for the embedded gateway. */
declare const __GATEWAY_URL__: string;
/** A path prefix under which the gateway's /tyk API is served from this origin (same-origin deployments). */
declare const __GATEWAY_BASE__: string;
