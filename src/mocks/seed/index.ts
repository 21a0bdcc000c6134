import type { JsonObject } from '../../domain/json';
import { isJsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';
import payments from './payments-classic.json';
import legacyInventory from './legacy-inventory-classic.json';
import customerProfiles from './customer-profiles-classic.json';
import publicCatalogue from './public-catalogue-classic.json';
import fraudScoring from './fraud-scoring-classic.json';
import orders from './orders-oas.json';
import shippingQuotes from './shipping-quotes-oas.json';
import partnerWebhooks from './partner-webhooks-oas.json';

export interface SeedApi {
  id: string;
  format: DefinitionFormat;
  doc: JsonObject;
}

function asObject(value: unknown): JsonObject {
  // JSON imports are typed as literals; checking once here keeps the rest of the mock on JsonObject.
  if (!isJsonObject(value)) throw new Error('A seed definition is not a JSON object');
  return value as JsonObject;
}

const classic = (id: string, doc: unknown): SeedApi => ({ id, format: 'classic', doc: asObject(doc) });
const oas = (id: string, doc: unknown): SeedApi => ({ id, format: 'oas', doc: asObject(doc) });

/** The demo gateway's APIs, in the order it lists them. Fresh copies on every call. */
export function seedApis(): SeedApi[] {
  const seeds = [
    classic('payments', payments),
    oas('orders', orders),
    classic('legacy-inventory', legacyInventory),
    classic('customer-profiles', customerProfiles),
    oas('shipping-quotes', shippingQuotes),
    classic('fraud-scoring', fraudScoring),
    oas('partner-webhooks', partnerWebhooks),
    classic('public-catalogue', publicCatalogue),
  ];
  return seeds.map((seed) => ({ ...seed, doc: structuredClone(seed.doc) }));
}
