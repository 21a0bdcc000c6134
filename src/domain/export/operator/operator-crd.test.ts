import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createDefinition } from '../../create/create-definition';
import {
  compileSchema,
  describeWithShared,
  readCrdSchema,
  schemaErrors,
  SHARED_TYK,
} from '../../create/testing/tyk-schemas';
import type { JsonObject } from '../../json';
import { shapeOf } from './crd-shape';
import { fitToShape } from './fit-to-shape';
import { toOperatorResources } from './to-operator-resources';
import { classic, docsOf, newId, oas } from './testing-fixtures';

const apiCrd = 'operator/crd-apidefinitions.yaml';
const oasCrd = 'operator/crd-tykoasapidefinitions.yaml';
describeWithShared(
  [apiCrd, oasCrd],
  'the Operator CRDs accept the resources',
  () => {
    const apiSchema = readCrdSchema('crd-apidefinitions.yaml');
    const validateApi = compileSchema(apiSchema);
    const validateOas = compileSchema(readCrdSchema('crd-tykoasapidefinitions.yaml'));
    const specShape = shapeOf((apiSchema as { properties: { spec: unknown } }).properties.spec);

    const checkClassic = (doc: JsonObject) => {
      const [resource] = docsOf(toOperatorResources(doc, 'classic').yaml);
      expect(validateApi(resource), schemaErrors(validateApi).join('\n')).toBe(true);
      // Nothing left that the API server would prune on its own.
      expect(fitToShape(resource?.spec ?? {}, specShape).dropped).toEqual([]);
    };

    it('the Classic sample above and a new Classic API', () => {
      checkClassic(classic);
      checkClassic(
        createDefinition(
          { format: 'classic', name: 'N', listenPath: '/n/', upstreamUrl: 'http://n' },
          { newId },
        ),
      );
    });

    it('the validator can fail', () => {
      expect(
        validateApi({
          apiVersion: 'tyk.tyk.io/v1alpha1',
          kind: 'ApiDefinition',
          metadata: { name: 'x' },
          spec: { name: 'x' },
        }),
      ).toBe(false);
    });

    const dir = path.join(SHARED_TYK, 'examples', 'classic');
    const examples = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
    it.each(examples)('the gateway example %s', (file) => {
      checkClassic(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as JsonObject);
    });

    it('the TykOasApiDefinition', () => {
      const [, api] = docsOf(toOperatorResources(oas, 'oas', { contextRef: { name: 'ctx' } }).yaml);
      expect(validateOas(api), schemaErrors(validateOas).join('\n')).toBe(true);
      expect(validateOas({ ...api, spec: { tykOAS: { configmapRef: { name: 'x' } } } })).toBe(false);
    });
  },
);
