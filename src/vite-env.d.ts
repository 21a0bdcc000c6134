/// <reference types="vite/client" />

/** The real gateway's URL when the dev/preview server proxies to one; empty for the embedded gateway. */
declare const __GATEWAY_URL__: string;
/** A path prefix under which the gateway's /tyk API is served from this origin (same-origin deployments). */
declare const __GATEWAY_BASE__: string;

/** The embedded gateway's OAS write check, compiled at build time (scripts/oas-write-validator.ts). */
declare module 'virtual:oas-write-validator' {
  import type { ValidateFunction } from 'ajv';
  /** Ajv's standalone validator of a whole OAS document (errors in `validate.errors`). */
  export const validate: ValidateFunction;
  /** 'tyk': Tyk's own schema files were beside the project at build time; 'app': the app's own schema. */
  export const source: 'tyk' | 'app';
}

/** The named gateways the dev server proxies to (names and URLs only, as JSON); empty without a gateways file. */
declare const __GATEWAYS__: string;
