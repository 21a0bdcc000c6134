import { describe, expect, it } from 'vitest';
import { oasOperationHasEnabled, oasOperationHasKey } from '../chain/fields';
import type { JsonObject } from '../json';
import { readOasEndpoints } from '../oas/read-endpoints';
import { drain } from '../steps';
import { prepareSteps } from './prepare';
import { readModelParts } from './read';

/** An OAS definition past several steps: GET and POST per path, rate limits on even GETs, a plugin on every tenth POST. */
function largeOas(paths: number): JsonObject {
  const pathItems: JsonObject = {};
  const operations: JsonObject = {};
  for (let i = 0; i < paths; i++) {
    pathItems[`/items/${i}`] = { get: { operationId: `get${i}` }, post: { operationId: `post${i}` } };
    operations[`get${i}`] = { allow: { enabled: true }, rateLimit: { enabled: i % 2 === 0, rate: 1, per: '1s' } };
    if (i % 10 === 0) operations[`post${i}`] = { postPlugins: [{ enabled: true, functionName: `Check${i}`, path: 'p.so' }], trackEndpoint: {} };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Large', version: '1' },
    paths: pathItems,
    'x-tyk-api-gateway': { info: { id: 'large', name: 'Large' }, middleware: { operations } },
  };
}

const copy = (doc: JsonObject) => structuredClone(doc);

describe('reading a large definition ahead, in steps', () => {
  it('takes many steps, says how far it has got, and leaves the same model as reading at once', () => {
    const doc = largeOas(15_000);
    const fractions: number[] = [];
    const steps = prepareSteps(doc, 'oas');
    for (let next = steps.next(); !next.done; next = steps.next()) fractions.push(next.value);
    expect(fractions.length).toBeGreaterThan(5);
    expect(fractions.every((f, i) => f > 0 && f < 1 && (i === 0 || f >= (fractions[i - 1] as number)))).toBe(true);
    const parts = { endpoints: true, endpointPlugins: true };
    expect(readModelParts(doc, 'oas', parts)).toEqual(readModelParts(copy(doc), 'oas', parts));
    expect(readModelParts(doc, 'oas', { ...parts, endpointLocations: false })).toEqual(
      readModelParts(copy(doc), 'oas', { ...parts, endpointLocations: false }),
    );
  });

  it('then answers from what it read: the endpoint list, switches turned on, keys present', () => {
    const doc = largeOas(12_000);
    const fresh = copy(doc);
    drain(prepareSteps(doc, 'oas'));
    expect(readOasEndpoints(doc)).toBe(readOasEndpoints(doc));
    expect(readOasEndpoints(doc)).toEqual(readOasEndpoints(fresh));
    for (const key of ['allow', 'rateLimit', 'postPlugins', 'block', 'transformRequestBody']) {
      expect(oasOperationHasEnabled(doc, key)).toBe(oasOperationHasEnabled(fresh, key));
    }
    expect(oasOperationHasKey(doc, 'trackEndpoint', 'doNotTrackEndpoint')).toBe(true);
    expect(oasOperationHasKey(doc, 'doNotTrackEndpoint')).toBe(false);
  });

  it('does nothing for Classic definitions (read as before)', () => {
    expect([...prepareSteps({ api_id: 'a' }, 'classic')]).toEqual([]);
  });
});
