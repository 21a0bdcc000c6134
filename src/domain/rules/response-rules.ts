import { runtimeOf } from '../chain/runtime';
import { driverPath } from './paths';
import { enabledFunctions, finding, type Rule } from './types';

/**
 * Response hooks are added whatever tyk.conf says (gateway/server.go createResponseMiddlewareChain); an entry
 * that goes to the co-process response hook with co-process off finds no gRPC or Lua dispatcher, and every
 * response answers 500 (gateway/coprocess.go CoProcessor.Dispatch). Python from a single bundle still runs.
 */
export const responseCoprocessOffRule: Rule = {
  codes: ['response-hook-no-dispatcher'],
  check: ({ profile, model, ...ctx }) => {
    if (!profile || profile.enableCoprocess || !['grpc', 'lua'].includes(model.driver)) return [];
    const fns = enabledFunctions(model, ['response']).filter(({ fn }) => !fn.path.trim().endsWith('.so') && runtimeOf(model.driver) === 'coprocess');
    if (fns.length === 0) return [];
    return [
      finding(
        'error',
        'response-hook-no-dispatcher',
        `enable_coprocess is off in tyk.conf, yet the ${model.driver} response plugins are still added: with no ${model.driver} dispatcher loaded, every response answers 500.`,
        fns[0]?.fn.source ?? driverPath({ ...ctx, profile, model }),
        'Set coprocess_options.enable_coprocess: true in tyk.conf, or remove the response plugins.',
      ),
    ];
  },
};
