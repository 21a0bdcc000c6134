import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';
import type { GatewayProfile } from '../../domain/profile/profile';
import { lintDefinition } from '../../domain/rules';

/** The worst a lint finds about one API on this gateway: an error, a warning, or nothing to say. */
export type Worst = 'error' | 'warning' | null;

const cache = new WeakMap<JsonObject, { profile: GatewayProfile; worst: Worst }>();

/**
 * The worst finding of the definition against the gateway profile, read once per definition object and
 * profile. Loaded with the list's marks, after the first screen: the lint's rules are not on it.
 */
export function worstFinding(doc: JsonObject, format: DefinitionFormat, profile: GatewayProfile): Worst {
  const known = cache.get(doc);
  if (known && known.profile === profile) return known.worst;
  let worst: Worst = null;
  for (const finding of lintDefinition(doc, format, { profile })) {
    if (finding.severity === 'error') {
      worst = 'error';
      break;
    }
    if (finding.severity === 'warning') worst = 'warning';
  }
  cache.set(doc, { profile, worst });
  return worst;
}
