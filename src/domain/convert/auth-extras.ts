import { isJsonObject, type JsonObject } from '../json';
import { durationToSeconds, secondsToDuration } from './readable-duration';

/** Top-level Classic fields carried by the key lifetime (the certificate switch lives in `auth_configs.authToken`). */
export const AUTH_EXTRA_CLASSIC_FIELDS = ['session_lifetime', 'session_lifetime_respects_key_expiration'];
/** The `server.authentication` keys they become. */
export const AUTH_EXTRA_OAS_FIELDS = ['customKeyLifetime', 'certificateAuth'];

/**
 * authentication.go CustomKeyLifetime.Fill: `session_lifetime` (seconds) and
 * `session_lifetime_respects_key_expiration` → `customKeyLifetime` {enabled, value, respectValidity}, left out
 * when it says nothing (ShouldOmit). With no lifetime the gateway writes `value: "0s"` without `enabled`, which
 * its own schema refuses (value must not be zero, enabled is required): `enabled: false` is written instead.
 */
function keyLifetimeToOas(doc: JsonObject): JsonObject | undefined {
  const seconds = typeof doc.session_lifetime === 'number' ? Math.trunc(doc.session_lifetime) : 0;
  const respect = doc.session_lifetime_respects_key_expiration === true;
  if (seconds === 0 && !respect) return undefined;
  const out: JsonObject = seconds === 0 ? { enabled: false } : { enabled: true, value: secondsToDuration(seconds) };
  if (respect) out.respectValidity = true;
  return out;
}

/** authentication.go CertificateAuth.Fill: `auth_configs.authToken.use_certificate` → `certificateAuth.enabled`, when on. */
function certificateAuthToOas(doc: JsonObject): JsonObject | undefined {
  const token = isJsonObject(doc.auth_configs) ? doc.auth_configs.authToken : undefined;
  return isJsonObject(token) && token.use_certificate === true ? { enabled: true } : undefined;
}

/** Authentication.Fill's key lifetime and certificate auth → `server.authentication`. */
export function fillAuthExtras(doc: JsonObject, authentication: JsonObject): void {
  const lifetime = keyLifetimeToOas(doc);
  if (lifetime) authentication.customKeyLifetime = lifetime;
  const certificate = certificateAuthToOas(doc);
  if (certificate) authentication.certificateAuth = certificate;
}

/**
 * authentication.go Authentication.ExtractTo: CustomKeyLifetime.ExtractTo (`session_lifetime` only when enabled,
 * the value floored to seconds) and CertificateAuth.ExtractTo (`auth_configs.authToken.use_certificate`, before
 * the token scheme is extracted on top of it). Absent objects write nothing: their ExtractTo gives the defaults.
 */
export function extractAuthExtras(authentication: JsonObject | undefined, out: JsonObject): void {
  const lifetime = authentication?.customKeyLifetime;
  if (isJsonObject(lifetime)) {
    out.session_lifetime_respects_key_expiration = lifetime.respectValidity === true;
    out.session_lifetime = lifetime.enabled === true ? durationToSeconds(lifetime.value) : 0;
  }
  const certificate = authentication?.certificateAuth;
  if (isJsonObject(certificate)) {
    const configs = isJsonObject(out.auth_configs) ? out.auth_configs : {};
    const token = isJsonObject(configs.authToken) ? configs.authToken : {};
    configs.authToken = { ...token, use_certificate: certificate.enabled === true };
    out.auth_configs = configs;
  }
}
