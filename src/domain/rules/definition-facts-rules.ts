import { customAuthNotes } from '../chain/custom-auth-notes';
import { isTrue, objectAt, stringAt, tykExtension } from '../chain/fields';
import { IGNORED_CUSTOM_AUTH_KEY } from '../oas/fields';
import { finding, type Rule } from './types';

/** Classic `proxy.listen_path`; OAS `server.listenPath.value`: empty or with a space, the API is never loaded (gateway/api_loader.go skipSpecBecauseInvalid). */
export const listenPathRule: Rule = {
  codes: ['listen-path-not-loaded'],
  check: ({ doc, format }) => {
    const classic = format === 'classic';
    const protocol = classic ? stringAt(doc, 'protocol') : '';
    if (!['', 'http', 'https'].includes(protocol)) return [];
    const value = classic ? stringAt(doc, 'proxy', 'listen_path') : stringAt(tykExtension(doc), 'server', 'listenPath', 'value');
    if (value !== '' && !value.includes(' ')) return [];
    const path = classic ? ['proxy', 'listen_path'] : ['x-tyk-api-gateway', 'server', 'listenPath', 'value'];
    const why = value === '' ? 'The listen path is empty' : `The listen path "${value}" has a space`;
    return [finding('error', 'listen-path-not-loaded', `${why}: the gateway silently does not load this API (its plugins never run).`, path, 'Set a listen path such as "/my-api/".')];
  },
};

/** OAS `server.authentication.customPluginAuthentication`: a Go type name, not a key (apidef/oas/authentication.go:80 reads `custom`). */
export const ignoredAuthKeyRule: Rule = {
  codes: ['oas-custom-auth-key-ignored'],
  check: ({ doc, format }) => {
    if (format !== 'oas') return [];
    const authentication = objectAt(tykExtension(doc), 'server', 'authentication');
    if (!authentication || authentication[IGNORED_CUSTOM_AUTH_KEY] === undefined) return [];
    return [
      finding(
        'warning',
        'oas-custom-auth-key-ignored',
        `"${IGNORED_CUSTOM_AUTH_KEY}" is not a key the gateway reads (it is the Go type's name): it ignores it, so this custom auth is not set. The key is "custom".`,
        ['x-tyk-api-gateway', 'server', 'authentication', IGNORED_CUSTOM_AUTH_KEY],
        'Rename the key to "custom".',
      ),
    ];
  },
};

/** The analytics plugin runs only when a record is written (gateway/handler_success.go RecordHit). */
export const analyticsRecordRule: Rule = {
  codes: ['analytics-plugin-no-record'],
  check: ({ doc, format, model }) => {
    const fn = model.hooks.analytics.functions.find((f) => f.enabled && f.name !== '');
    if (!fn) return [];
    const classic = format === 'classic';
    const noRecord = classic ? isTrue(doc, 'do_not_track') : !isTrue(tykExtension(doc), 'middleware', 'global', 'trafficLogs', 'enabled');
    if (!noRecord) return [];
    return [
      finding(
        'warning',
        'analytics-plugin-no-record',
        `The analytics plugin "${fn.name}" never runs: ${classic ? 'do_not_track is on' : 'middleware.global.trafficLogs.enabled is not true'}, so the gateway writes no analytics record to hand it.`,
        classic ? ['do_not_track'] : ['x-tyk-api-gateway', 'middleware', 'global', 'trafficLogs', 'enabled'],
        classic ? 'Set do_not_track to false.' : 'Set trafficLogs.enabled to true.',
      ),
    ];
  },
};

/** A running custom auth plugin whose session is not kept, or that an OR of security requirements can skip. */
export const customAuthScopeRule: Rule = {
  codes: ['custom-auth-session-not-kept', 'custom-auth-or-skipped'],
  check: (ctx) => {
    const { model } = ctx;
    if (model.keyless || !model.customAuthEnabled || !model.hooks.auth.functions.some((fn) => fn.enabled && fn.name !== '')) return [];
    const source = model.hooks.auth.functions[0]?.source ?? model.hooks.auth.source;
    return customAuthNotes(ctx).map((note) =>
      note.startsWith('the session')
        ? finding('warning', 'custom-auth-session-not-kept', `The custom auth plugin runs, but ${note} (base_identity_provided_by): set it to custom_auth for the plugin's session to count.`, source)
        : finding('info', 'custom-auth-or-skipped', `The custom auth plugin may not run: ${note}.`, source),
    );
  },
};
