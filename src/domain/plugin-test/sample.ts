import { isJsonObject } from '../json';

/** A sample request as the Test panel edits it: plain text fields, read with `readSample`. */
export interface SampleRequestText {
  method: string;
  path: string;
  /** One `Name: value` a line. */
  headers: string;
  /** One `name=value` a line. */
  query: string;
  body: string;
}

export interface SampleResponseText {
  status: string;
  headers: string;
  body: string;
}

/** Everything a test runs on: the request, the session and config data (JSON text), and a response for response hooks. */
export interface TestSetup {
  request: SampleRequestText;
  session: string;
  configData: string;
  response: SampleResponseText;
  /** JSON array of HttpStub: answers for the plugin's outgoing calls, in the browser. */
  stubs: string;
}

/** A sample as it runs. */
export interface Sample {
  method: string;
  path: string;
  headers: Record<string, string[]>;
  query: Record<string, string[]>;
  body: string;
  session: Record<string, unknown>;
  configData: Record<string, unknown>;
  response: { status: number; headers: Record<string, string[]>; body: string };
  stubs: unknown[];
}

export interface SampleProblem {
  field: 'path' | 'headers' | 'query' | 'body' | 'session' | 'configData' | 'responseStatus' | 'responseHeaders' | 'stubs';
  message: string;
}

export const EMPTY_SETUP: TestSetup = {
  request: { method: 'GET', path: '/', headers: '', query: '', body: '' },
  session: '{}',
  configData: '{}',
  response: { status: '200', headers: 'Content-Type: application/json', body: '{"ok": true}' },
  stubs: '[]',
};

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
}

/** `Name: value` lines into Tyk's `{name: [values]}`; a repeated name adds a value. */
function readPairs(text: string, separator: ':' | '='): { values: Record<string, string[]>; bad?: string } {
  const values: Record<string, string[]> = {};
  for (const line of lines(text)) {
    const at = line.indexOf(separator);
    if (at <= 0) return { values, bad: line };
    const name = line.slice(0, at).trim();
    (values[name] ??= []).push(line.slice(at + 1).trim());
  }
  return { values };
}

function headerValue(headers: Record<string, string[]>, name: string): string | undefined {
  const key = Object.keys(headers).find((h) => h.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key]?.[0];
}

function readJsonObject(text: string, what: string): { value: Record<string, unknown>; problem?: string } {
  if (text.trim() === '') return { value: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (isJsonObject(value)) return { value };
    return { value: {}, problem: `The ${what} must be a JSON object ({…}).` };
  } catch (error) {
    return { value: {}, problem: `The ${what} is not JSON: ${(error as Error).message}` };
  }
}

/** Whether a body can be what its Content-Type says (JSON must parse; a form must be valid percent-encoding). */
export function bodyProblem(body: string, contentType: string | undefined): string | undefined {
  if (body.trim() === '' || !contentType) return undefined;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || type.endsWith('+json')) {
    try {
      JSON.parse(body);
    } catch (error) {
      return `The body is not valid JSON, yet its Content-Type is ${type}: ${(error as Error).message}`;
    }
  }
  if (type === 'application/x-www-form-urlencoded') {
    try {
      for (const part of body.split('&')) decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      return 'The body is not valid application/x-www-form-urlencoded: a % is not followed by two hex digits.';
    }
  }
  return undefined;
}

/** Read a setup; every problem is named by its field, and nothing runs while there is one. */
export function readSample(setup: TestSetup): { sample: Sample; problems: SampleProblem[] } {
  const problems: SampleProblem[] = [];
  const { request } = setup;
  if (!request.path.startsWith('/')) problems.push({ field: 'path', message: 'The path starts with a slash, as in /orders/7.' });
  const headers = readPairs(request.headers, ':');
  if (headers.bad !== undefined) problems.push({ field: 'headers', message: `“${headers.bad}” is not a header: write one Name: value a line.` });
  const query = readPairs(request.query, '=');
  if (query.bad !== undefined) problems.push({ field: 'query', message: `“${query.bad}” is not a parameter: write one name=value a line.` });
  const body = bodyProblem(request.body, headerValue(headers.values, 'Content-Type'));
  if (body) problems.push({ field: 'body', message: body });
  const session = readJsonObject(setup.session, 'session');
  if (session.problem) problems.push({ field: 'session', message: session.problem });
  const configData = readJsonObject(setup.configData, 'config data');
  if (configData.problem) problems.push({ field: 'configData', message: configData.problem });
  const status = Number(setup.response.status);
  if (!Number.isInteger(status) || status < 100 || status > 599) problems.push({ field: 'responseStatus', message: 'The status is a number from 100 to 599.' });
  const responseHeaders = readPairs(setup.response.headers, ':');
  if (responseHeaders.bad !== undefined) problems.push({ field: 'responseHeaders', message: `“${responseHeaders.bad}” is not a header: write one Name: value a line.` });
  let stubs: unknown[] = [];
  try {
    const parsed: unknown = setup.stubs.trim() === '' ? [] : JSON.parse(setup.stubs);
    if (Array.isArray(parsed)) stubs = parsed;
    else problems.push({ field: 'stubs', message: 'The stubs are a JSON array: [{"url": "https://…", "status": 200, "body": "…"}].' });
  } catch (error) {
    problems.push({ field: 'stubs', message: `The stubs are not JSON: ${(error as Error).message}` });
  }
  return {
    sample: {
      method: request.method.trim().toUpperCase() || 'GET',
      path: request.path,
      headers: headers.values,
      query: query.values,
      body: request.body,
      session: session.value,
      configData: configData.value,
      response: { status, headers: responseHeaders.values, body: setup.response.body },
      stubs,
    },
    problems,
  };
}
