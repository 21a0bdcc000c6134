import type { TykPluginTestAnswer, TykPluginTestRequest } from '../domain/plugin-test/tyk-shapes';
import { getConnection } from './current-gateway';
import { GatewayError } from './errors';
import type { GatewayRequest } from './fetch';
import { gatewayFetch, unexpectedShape } from './fetch';

type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const str: Check = (value) => typeof value === 'string';
const num: Check = (value) => typeof value === 'number';
const bool: Check = (value) => typeof value === 'boolean';
const nullable = (check: Check): Check => (value) => value === null || check(value);
const optional = (check: Check): Check => (value) => value === undefined || check(value);
const list = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);
const map = (check: Check): Check => (value) => isObject(value) && Object.values(value).every(check);
const headerMap = nullable(map(nullable(list(str))));
const stringMap = nullable(map(str));
const stringList = nullable(list(str));

/** The first field (as a path) that does not have the shape, checked field by field; undefined when all do. */
function mismatch(value: unknown, shape: Record<string, Check | Record<string, unknown>>, path: string[] = []): string | undefined {
  if (!isObject(value)) return path.join('.') || '(root)';
  for (const [key, check] of Object.entries(shape)) {
    const field = value[key];
    if (typeof check === 'function') {
      if (!check(field)) return [...path, key].join('.');
    } else if (field !== undefined) {
      const inner = mismatch(field, check as Record<string, Check>, [...path, key]);
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * pluginTestRunnerResponse (gateway/mw_js_plugin_test_runner.go). Checked by hand rather than with zod: the
 * zod functions it would need are ones the first screen does not use, and they would be bundled with it.
 */
export const PLUGIN_TEST_ANSWER_SHAPE: Record<string, Check | Record<string, unknown>> = {
  logs: nullable(list((line) => isObject(line) && str(line.level) && str(line.message) && str(line.time))),
  request_before: { Method: str, Path: str, URL: optional(str), RequestURI: optional(str), Headers: optional(headerMap), Body: optional(str), Params: optional(headerMap), Scheme: optional(str) },
  request_after: {
    SetHeaders: stringMap,
    DeleteHeaders: stringList,
    AddParams: stringMap,
    DeleteParams: stringList,
    Body: str,
    ReturnOverrides: { ResponseCode: num, ResponseError: str, ResponseBody: str, ResponseHeaders: stringMap, OverrideError: bool },
  },
  response_before: { StatusCode: num, Body: str, Headers: optional(headerMap) },
  response_after: { StatusCode: num, Body: str, Headers: headerMap, SetHeaders: stringMap, DeleteHeaders: stringList },
  error: { message: str, type: str },
  execution_ms: num,
};

/** Where an answer departs from the runner's shape; undefined when it keeps to it. */
export function pluginTestAnswerMismatch(json: unknown): string | undefined {
  return mismatch(json, PLUGIN_TEST_ANSWER_SHAPE);
}

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
  const wrong = pluginTestAnswerMismatch(json);
  if (wrong) throw unexpectedShape(PATH, `${wrong}: not what the gateway's test runner sends`);
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
