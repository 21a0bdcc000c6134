import type { Finding, HookKind } from '../pipeline/model';
import { HOOK_WORDS } from '../pipeline/driver-matrix';
import { runsAsDefined } from '../bundle/running-model';
import { bundlePath } from './bundle-rules';
import { finding, REQUEST_HOOKS, type LintContext, type Rule } from './types';

/** The definition's own hooks that a bundle's differing manifest replaces (they never run). */
function replacedHooks(ctx: LintContext): HookKind[] {
  return REQUEST_HOOKS.filter((hook) => ctx.definition.hooks[hook].functions.length > 0 && !runsAsDefined(ctx.model, ctx.definition, hook));
}

/**
 * A bundle in use replaces `custom_middleware` with its manifest's (gateway/coprocess_bundle.go
 * `Bundle.AddToSpec`, `mergeBundleManifest`): say so when the manifest is not at hand, when the
 * definition's own hooks never run, and when the gateway refuses to merge several bundles.
 */
export const bundleHooksRule: Rule = {
  codes: ['bundle-hooks-unread', 'hooks-replaced-by-bundle', 'bundle-mixed-drivers', 'bundle-two-auth-checks'],
  check: (ctx) => {
    const from = ctx.model.bundleHooks;
    if (!from) return [];
    const out: Finding[] = [];
    const where = bundlePath(ctx);
    if (from.refusal) {
      out.push(finding('error', from.refusal.code, `The gateway refuses these bundles (${from.refusal.reason}) and does not load the API.`, where, 'Use one driver across the bundles, and one auth_check in all of them.'));
    }
    const replaced = replacedHooks(ctx);
    const own = replaced.map((hook) => HOOK_WORDS[hook]).join(', ');
    if (!from.read) {
      const mention = replaced.length ? ` The definition's own ${own} plugins are replaced by it.` : '';
      out.push(
        finding(
          'info',
          'bundle-hooks-unread',
          `The hooks that run come from ${from.missing.join(', ')}: its manifest replaces custom_middleware, driver included.${mention} Open the bundle to check them.`,
          where,
          'Import the bundle in the Code tab (or pass --bundle on the command line).',
        ),
      );
      return out;
    }
    const first = replaced[0];
    if (first !== undefined && !from.refusal) {
      out.push(
        finding(
          'warning',
          'hooks-replaced-by-bundle',
          `The definition's own ${own} plugins never run: the manifest of ${from.names.join(', ')} replaces custom_middleware, and its hooks differ.`,
          ctx.definition.hooks[first].functions[0]?.source ?? ctx.definition.hooks[first].source,
          "Make the definition's hooks match the bundle's, or remove them.",
        ),
      );
    }
    return out;
  },
};
