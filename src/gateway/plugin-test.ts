import * as z from 'zod/mini';
import type { TykPluginTestAnswer, TykPluginTestRequest } from '../domain/plugin-test/tyk-shapes';
import { getConnection } from './connection';
import { GatewayError } from './errors';
import type { GatewayRequest } from './fetch';
import { gatewayFetch, unexpectedShape } from './fetch';

const headerMap = z.nullable(z.record(z.string(), z.nullable(z.array(z.string()))));
const stringMap = z.nullable(z.record(z.string(), z.string()));
const stringList = z.nullable(z.array(z.string()));

const mockRequest = z.looseObject({
  Method: z.string(),
  Path: z.string(),
  URL: z.optional(z.string()),
  RequestURI: z.optional(z.string()),
  Headers: z.optional(headerMap),
  Body: z.optional(z.string()),
  Params: z.optional(headerMap),
  Scheme: z.optional(z.string()),
});

const mockResponse = z.looseObject({ StatusCode: z.number(), Body: z.string(), Headers: z.optional(headerMap) });

/** pluginTestRunnerResponse (gateway/mw_js_plugin_test_runner.go). */
export const pluginTestAnswerSchema = z.looseObject({
  logs: z.nullable(z.array(z.looseObject({ level: z.string(), message: z.string(), time: z.string() }))),
  request_before: z.optional(mockRequest),
  request_after: z.optional(
    z.looseObject({
      SetHeaders: stringMap,
      DeleteHeaders: stringList,
      AddParams: stringMap,
      DeleteParams: stringList,
      Body: z.string(),
      ReturnOverrides: z.looseObject({
        ResponseCode: z.number(),
        ResponseError: z.string(),
        ResponseBody: z.string(),
        ResponseHeaders: stringMap,
        OverrideError: z.boolean(),
      }),
    }),
  ),
  response_before: z.optional(mockResponse),
  response_after: z.optional(
    z.looseObject({ StatusCode: z.number(), Body: z.string(), Headers: headerMap, SetHeaders: stringMap, DeleteHeaders: stringList }),
  ),
  session_after: z.optional(z.unknown()),
  error: z.optional(z.looseObject({ message: z.string(), type: z.string() })),
  execution_ms: z.number(),
});

const PATH = '/tyk/plugins/test';

/**
 * POST /tyk/plugins/test: run JavaScript plugin code on the gateway's own engine (goja). On a real gateway
 * this is a real execution: TykMakeHttpRequest calls out and key writes happen. A gateway without the
 * endpoint (older than it) answers 404: a GatewayError of kind 'not-found' whose `status` is 404.
 */
export async function testPluginOnGateway(body: TykPluginTestRequest, options: Pick<GatewayRequest, 'signal' | 'timeoutMs'> = {}): Promise<TykPluginTestAnswer> {
  let json: unknown;
  try {
    json = (await gatewayFetch(PATH, { ...options, method: 'POST', body })).json;
  } catch (error) {
    if (error instanceof GatewayError && error.kind === 'not-found') throw noTestRunner(error);
    throw error;
  }
  const result = pluginTestAnswerSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw unexpectedShape(PATH, issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid');
  }
  const answer = json as TykPluginTestAnswer;
  return { ...answer, logs: answer.logs ?? [] };
}

function noTestRunner(cause: GatewayError): GatewayError {
  return new GatewayError({
    kind: 'not-found',
    status: 404,
    message: `${getConnection().label} has no POST ${PATH}: it is older than the gateway's plugin test runner.`,
    advice: 'The test runs in the browser instead; upgrade the gateway to run it on its own engine.',
    cause,
  });
}
