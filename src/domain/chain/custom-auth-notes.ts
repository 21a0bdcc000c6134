import { runtimeOf } from './runtime';
import { arrayAt, stringAt, tykExtension } from './fields';
import type { ChainContext } from './types';

/** Classic `base_identity_provided_by`; OAS `server.authentication.baseIdentityProvider`. */
export function baseIdentity(ctx: ChainContext): string {
  return ctx.format === 'classic'
    ? stringAt(ctx.doc, 'base_identity_provided_by')
    : stringAt(tykExtension(ctx.doc), 'server', 'authentication', 'baseIdentityProvider');
}

/**
 * What a running custom auth plugin does not decide alone: a JSVM or co-process plugin's session is kept only
 * when `base_identity_provided_by` is `custom_auth` or unset (gateway/mw_js_plugin.go:289, coprocess.go:501);
 * OAS `securityProcessingMode: compliant` with several security requirements runs the auth methods as one OR
 * (gateway/api_loader.go:567), so the plugin is skipped when another requirement passes.
 */
export function customAuthNotes(ctx: ChainContext): string[] {
  const notes: string[] = [];
  const base = baseIdentity(ctx);
  if (base !== '' && base !== 'custom_auth' && runtimeOf(ctx.model.driver) !== 'go') {
    notes.push(`the session it sets is not kept: the base identity comes from ${base}`);
  }
  const auth = tykExtension(ctx.doc);
  const mode = stringAt(auth, 'server', 'authentication', 'securityProcessingMode');
  const requirements = arrayAt(ctx.doc, 'security').length;
  if (ctx.format === 'oas' && mode === 'compliant' && requirements > 1) {
    notes.push(`securityProcessingMode is compliant with ${requirements} security requirements: the auth methods run as one OR, so the plugin is skipped when another requirement passes`);
  }
  return notes;
}
