import type { JsonValue } from '../../json';
import apiDefinitionSpecShape from './api-definition-spec-shape.json';

/**
 * The structural part of a CRD's OpenAPI v3 schema (no descriptions): what the Kubernetes API server
 * uses to keep or prune a field of a custom resource.
 */
export interface CrdShape {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: JsonValue[];
  nullable?: boolean;
  required?: string[];
  properties?: Record<string, CrdShape>;
  items?: CrdShape;
  additionalProperties?: CrdShape;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
}

/**
 * `spec` of Tyk Operator's `ApiDefinition` CRD (tyk-charts tyk-operator-crds/crd-v1.4.2.yaml), reduced to
 * its structure. Derived from ../shared/tyk/operator/crd-apidefinitions.yaml; crd-shape.test.ts checks
 * that the two still agree.
 */
export const API_DEFINITION_SPEC_SHAPE: CrdShape = apiDefinitionSpecShape as CrdShape;

const STRUCTURAL_KEYWORDS = [
  'type',
  'format',
  'pattern',
  'enum',
  'nullable',
  'x-kubernetes-preserve-unknown-fields',
  'required',
] as const;

/** Reduces an OpenAPI v3 schema from a CRD to its `CrdShape`: what the shape file above is made with. */
export function shapeOf(schema: unknown): CrdShape {
  if (typeof schema !== 'object' || schema === null) return {};
  const s = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of STRUCTURAL_KEYWORDS) if (s[key] !== undefined) out[key] = s[key];
  if (typeof s.properties === 'object' && s.properties !== null) {
    out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, shapeOf(v)]));
  }
  if (s.items !== undefined) out.items = shapeOf(s.items);
  if (typeof s.additionalProperties === 'object' && s.additionalProperties !== null) {
    out.additionalProperties = shapeOf(s.additionalProperties);
  }
  return out as CrdShape;
}
