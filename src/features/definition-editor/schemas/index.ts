import type { DefinitionFormat } from '../../../domain/pipeline/model';
import type { ModelSchema } from '../../../monaco';
import { CLASSIC_PLUGIN_SCHEMA } from '../../../domain/schema/classic-plugin-schema';
import { OAS_PLUGIN_SCHEMA } from '../../../domain/schema/oas-plugin-schema';

const OAS: ModelSchema = { schemaUri: 'plugin-studio://schemas/tyk-oas-plugins.json', schema: OAS_PLUGIN_SCHEMA };
const CLASSIC: ModelSchema = {
  schemaUri: 'plugin-studio://schemas/tyk-classic-plugins.json',
  schema: CLASSIC_PLUGIN_SCHEMA,
};

/** The schema the JSON editor validates and completes a definition of this format with. */
export function schemaFor(format: DefinitionFormat): ModelSchema {
  return format === 'oas' ? OAS : CLASSIC;
}
