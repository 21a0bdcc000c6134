import type { JsonPath } from '../json';
import type { Finding, PluginModel } from '../pipeline/model';
import { runtimeOf } from '../chain/runtime';
import { finding, hooksUnknown, type LintContext, type Rule } from './types';

const XAUTH = ['x-tyk-api-gateway', 'server', 'authentication'];

/** Classic `use_keyless`; OAS `server.authentication.enabled`. */
function keylessPath(ctx: LintContext): JsonPath {
  return ctx.format === 'classic' ? ['use_keyless'] : [...XAUTH, 'enabled'];
}

const authFunction = (model: PluginModel) =>
  model.hooks.auth.functions.find((fn) => fn.enabled && fn.name !== '');

/** Custom auth (`custom_middleware.auth_check` / `authentication.custom`) against its switch and `use_keyless`. */
export const customAuthRule: Rule = {
  codes: ['custom-auth-keyless', 'custom-auth-not-enabled', 'custom-auth-no-function'],
  check: (ctx) => {
    const { model } = ctx;
    const fn = authFunction(model);
    if (model.keyless) {
      if (!fn && !model.customAuthEnabled) return [];
      return [
        finding(
          'error',
          'custom-auth-keyless',
          'The API is keyless, so the gateway adds no auth stage at all: the custom auth plugin never runs and anyone can call the API.',
          keylessPath(ctx),
          ctx.format === 'classic'
            ? 'Set use_keyless to false.'
            : 'Set server.authentication.enabled to true.',
        ),
      ];
    }
    if (fn && !model.customAuthEnabled) {
      return [
        finding(
          'warning',
          'custom-auth-not-enabled',
          `The auth function "${fn.name}" is set but custom auth is not switched on: it never runs, and the API uses its other auth methods (token auth when there are none).`,
          fn.source,
          ctx.format === 'classic'
            ? 'Set custom_plugin_auth_enabled to true.'
            : 'Set server.authentication.custom.enabled to true.',
        ),
      ];
    }
    if (!fn && model.customAuthEnabled && !hooksUnknown(model)) {
      return [
        finding(
          'error',
          'custom-auth-no-function',
          'Custom auth is switched on but no enabled auth function is set: depending on the driver, every request fails or the API silently falls back to token auth.',
          model.hooks.auth.source,
          'Attach an auth function, or switch custom auth off.',
        ),
      ];
    }
    return [];
  },
};

/** `custom_middleware.post_key_auth` / `postAuthenticationPlugins` on a keyless API: the gateway never adds them. */
export const postAuthKeylessRule: Rule = {
  codes: ['post-auth-keyless'],
  check: (ctx) => {
    if (!ctx.model.keyless) return [];
    const fns = ctx.model.hooks.postAuth.functions.filter((fn) => fn.enabled);
    if (fns.length === 0) return [];
    const names = fns.map((fn) => `"${fn.name}"`).join(', ');
    return [
      finding(
        'warning',
        'post-auth-keyless',
        `Post-auth plugins ${names} never run: on a keyless API the gateway skips every auth and post-auth stage.`,
        fns[0]?.source ?? ctx.model.hooks.postAuth.source,
        'Move them to the pre or post hook, or turn authentication on.',
      ),
    ];
  },
};

/**
 * Classic `use_go_plugin_auth` alone on a co-process API: the gateway adds the auth hook, but
 * `coprocessAuthEnabled` ignores that flag, so the hook never sets a session.
 */
export const deprecatedGoAuthRule: Rule = {
  codes: ['deprecated-go-plugin-auth-coprocess'],
  check: ({ doc, format, model }) => {
    if (format !== 'classic' || hooksUnknown(model) || runtimeOf(model.driver) !== 'coprocess') return [];
    if (
      doc.use_go_plugin_auth !== true ||
      doc.custom_plugin_auth_enabled === true ||
      doc.enable_coprocess_auth === true
    ) {
      return [];
    }
    const out: Finding[] = [
      finding(
        'error',
        'deprecated-go-plugin-auth-coprocess',
        `Custom auth is switched on only by the deprecated use_go_plugin_auth on a ${model.driver || 'co-process'} API: the auth hook runs but never sets a session, so authenticated requests fail.`,
        ['use_go_plugin_auth'],
        'Set custom_plugin_auth_enabled to true (and drop use_go_plugin_auth).',
      ),
    ];
    return out;
  },
};

/** `custom_middleware.id_extractor` / `custom.config.idExtractor`: used only by co-process custom auth (newExtractor). */
export const idExtractorRule: Rule = {
  codes: ['id-extractor-ignored'],
  check: (ctx) => {
    const { model } = ctx;
    const extractor = model.idExtractor;
    if (!extractor) return [];
    const enabled =
      ctx.format === 'classic'
        ? extractor.disabled !== true && !!extractor.extract_from
        : extractor.enabled === true;
    if (!enabled || runtimeOf(model.driver) === 'coprocess') return [];
    return [
      finding(
        'warning',
        'id-extractor-ignored',
        `The id extractor is used only by co-process custom auth (python, grpc, lua); with the ${model.driver} driver the gateway ignores it and calls the auth plugin on every request.`,
        model.idExtractorSource ?? model.hooks.auth.source,
        'Remove the id extractor, or cache sessions inside the plugin.',
      ),
    ];
  },
};
