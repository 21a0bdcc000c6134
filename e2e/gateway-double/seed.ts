/** One API as the double keeps it. */
export interface Api {
  id: string;
  format: 'classic' | 'oas';
  doc: Record<string, unknown>;
}

/** What the double starts with: one Classic and one Tyk OAS API, as a user would have written them. */
export function seed(): Api[] {
  return [
    {
      id: 'billing',
      format: 'classic',
      doc: {
        api_id: 'billing',
        name: 'Billing',
        org_id: 'acme',
        use_keyless: true,
        active: true,
        proxy: { listen_path: '/billing/', target_url: 'http://billing.internal', strip_listen_path: true },
        version_data: { not_versioned: true, versions: { Default: { name: 'Default' } } },
        custom_middleware: { driver: 'otto', pre: [{ name: 'tagRequest', path: 'middleware/tag.js' }] },
        config_data: { region: 'eu' },
      },
    },
    {
      id: 'catalog',
      format: 'oas',
      doc: {
        openapi: '3.0.3',
        info: { title: 'Catalog', version: '1.0.0' },
        paths: { '/items': { get: { operationId: 'listItems', responses: { '200': { description: 'ok' } } } } },
        'x-tyk-api-gateway': {
          info: { id: 'catalog', name: 'Catalog', state: { active: true } },
          upstream: { url: 'http://catalog.internal' },
          server: { listenPath: { value: '/catalog/', strip: true } },
          middleware: { global: { pluginConfig: { driver: 'goplugin' }, prePlugins: [{ enabled: true, functionName: 'Audit', path: 'audit.so' }] } },
        },
      },
    },
  ];
}
