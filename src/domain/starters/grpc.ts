import type { HookKind } from '../pipeline/model';
import type { Starter } from './types';

// coprocess/proto/coprocess_common.proto HookType.
const HOOK_TYPE: Record<Exclude<HookKind, 'analytics'>, string> = {
  pre: 'Pre (1)',
  post: 'Post (2)',
  postAuth: 'PostKeyAuth (3)',
  auth: 'CustomKeyCheck (4)',
  response: 'Response (5)',
};

const WHAT: Record<Exclude<HookKind, 'analytics'>, string> = {
  pre: 'change `request` (set_headers, return_overrides...) and return the object',
  post: 'change `request` and return the object',
  postAuth: 'change `request` (the `session` is filled in) and return the object',
  auth: 'fill in `session` and set `metadata["token"]` to the key, or set `request.return_overrides` to reject',
  response: 'change `response` (headers, raw_body, status_code) and return the object',
};

/** gRPC: no file in the gateway; the function is a case of the external server's `Dispatch`. */
export function grpcStarter(
  hook: Exclude<HookKind, 'analytics'>,
  name: string,
): Omit<Starter, 'functionName'> {
  return {
    language: 'none',
    fileName: '',
    source: '',
    snippet: '',
    note:
      `gRPC plugins live in your own gRPC server, not in a file the gateway loads. The server implements the ` +
      `\`coprocess.Dispatcher\` service (coprocess_object.proto): its \`Dispatch(Object) returns (Object)\` is called with ` +
      `\`hook_type\` ${HOOK_TYPE[hook]} and \`hook_name\` "${name}"; for that name it should ${WHAT[hook]}. ` +
      'The gateway needs `enable_coprocess: true` and `coprocess_options.coprocess_grpc_server` in tyk.conf.',
  };
}
