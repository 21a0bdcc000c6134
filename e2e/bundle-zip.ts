import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';

/**
 * A plugin bundle zip as `tyk bundle build` lays it out: the files, and manifest.json listing them with the
 * MD5 checksum of their contents in order (gateway/coprocess_bundle.go defaultBundleVerifyFunction).
 */
export function bundleZip(files: Record<string, string>, customMiddleware: object): Buffer {
  const md5 = createHash('md5');
  for (const text of Object.values(files)) md5.update(text);
  const manifest = { file_list: Object.keys(files), custom_middleware: customMiddleware, checksum: md5.digest('hex'), signature: '' };
  const entries = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]));
  return Buffer.from(zipSync({ ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) }));
}

/** The bundle Customer Profiles (a seeded python API) loads: its hooks, plus one the definition lacks. */
export function customerProfilesBundle(): Buffer {
  const hook = (name: string, more: object = {}) => ({ name, path: '', require_session: false, raw_body_only: false, ...more });
  const py = (name: string, args: string) => `@Hook\ndef ${name}(${args}):\n    return request, session\n`;
  const source = [
    'from tyk.decorators import *\n',
    py('RejectOversizedAvatars', 'request, session, spec'),
    py('ScrubHeaders', 'request, session, spec'),
    py('ValidatePartnerToken', 'request, session, metadata, spec'),
    py('AttachTenantContext', 'request, session, spec'),
    '@Hook\ndef RedactEmails(request, response, session, metadata, spec):\n    return response\n',
  ].join('\n');
  return bundleZip(
    { 'middleware.py': source },
    {
      driver: 'python',
      pre: [hook('RejectOversizedAvatars'), hook('ScrubHeaders')],
      auth_check: hook('ValidatePartnerToken'),
      post_key_auth: [hook('AttachTenantContext', { require_session: true })],
      post: [],
      response: [hook('RedactEmails')],
    },
  );
}
