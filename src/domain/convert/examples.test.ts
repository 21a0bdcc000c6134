import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSchema, readSharedJson, schemaErrors, SHARED_TYK } from '../create/testing/tyk-schemas';
import { detectDefinition } from '../definition/detect';
import { convertPlugins } from './convert';

const EXAMPLES = path.join(SHARED_TYK, 'examples');
const present =
  fs.existsSync(EXAMPLES) &&
  fs.existsSync(path.join(SHARED_TYK, 'schema/x-tyk-api-gateway.json')) &&
  fs.existsSync(path.join(SHARED_TYK, 'schema/tyk-classic-api-definition.json'));
if (!present)
  console.warn(
    `[skip] ${SHARED_TYK} (examples and schemas) is absent: conversion of real definitions is skipped.`,
  );

describe.skipIf(!present)('convertPlugins on every real definition in ../shared/tyk/examples', () => {
  it('gives definitions the gateway schemas accept, in both directions', () => {
    const toOas = compileSchema(readSharedJson('schema/x-tyk-api-gateway.json'));
    const toClassic = compileSchema(readSharedJson('schema/tyk-classic-api-definition.json'));
    let converted = 0;
    for (const folder of ['classic', 'oas']) {
      for (const name of fs.readdirSync(path.join(EXAMPLES, folder)).filter((f) => f.endsWith('.json'))) {
        const detection = detectDefinition(
          JSON.parse(fs.readFileSync(path.join(EXAMPLES, folder, name), 'utf8')),
        );
        if (detection.kind !== 'classic' && detection.kind !== 'oas') continue;
        const to = detection.kind === 'classic' ? 'oas' : 'classic';
        const { doc, unmapped } = convertPlugins(detection.doc, detection.kind, to);
        const validate = to === 'oas' ? toOas : toClassic;
        const valid = validate(to === 'oas' ? doc['x-tyk-api-gateway'] : doc);
        expect({ name, errors: valid ? [] : schemaErrors(validate) }).toEqual({ name, errors: [] });
        for (const finding of unmapped) expect(finding.path.length).toBeGreaterThan(0);
        converted++;
      }
    }
    expect(converted).toBeGreaterThan(20);
  });
});
