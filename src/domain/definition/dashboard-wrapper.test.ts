import { describe, expect, it } from 'vitest';
import { parseJsonText } from './parse-json';
import { detectDefinition } from './detect';
import { dashboardInner, wrapLike } from './dashboard-wrapper';
import { patchDefinitionText } from './patch-text';
import type { JsonObject, JsonValue } from '../json';

/** The Tyk Dashboard's export of a Classic API: the definition under api_definition, beside the Dashboard's own fields. */
const exported = `{
  "api_model": {},
  "api_definition": {
    "api_id": "dash-1",
    "name": "From the Dashboard",
    "use_keyless": false,
    "proxy": { "listen_path": "/dash/", "target_url": "http://u", "strip_listen_path": true },
    "version_data": { "not_versioned": true, "versions": { "Default": { "name": "Default" } } },
    "custom_middleware": { "driver": "otto", "pre": [{ "name": "P", "path": "p.js" }] }
  },
  "hook_references": [],
  "is_site": false,
  "sort_by": 0,
  "user_group_owners": [],
  "user_owners": []
}
`;
const value = () => {
  const parsed = parseJsonText(exported);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value as JsonObject;
};

describe('the Dashboard export format {"api_definition": {...}}', () => {
  it('is read as the Classic definition inside, with its wrapper kept', () => {
    const detected = detectDefinition(value());
    expect(detected.kind).toBe('classic');
    if (detected.kind !== 'classic') return;
    expect(detected.doc.api_id).toBe('dash-1');
    expect(detected.wrapper && Object.keys(detected.wrapper)).toContain('hook_references');
  });

  it('a definition that happens to have an api_definition field is not taken for a wrapper', () => {
    expect(dashboardInner({ api_id: 'x', api_definition: { api_id: 'y' } })).toBeUndefined();
    expect(dashboardInner({ api_definition: 'x' })).toBeUndefined();
    expect(detectDefinition({ api_definition: { nothing: true } }).kind).toBe('invalid');
  });

  it('a fragment inside the wrapper is reported at its place in the file', () => {
    const detected = detectDefinition({ api_definition: { custom_middleware: {} } });
    expect(detected.kind === 'invalid' && detected.findings[0]?.path).toEqual(['api_definition', 'custom_middleware']);
  });

  it('an edit goes back into the same wrapper, and the text differs only where the edit was', () => {
    const outer = value();
    const inner = dashboardInner(outer) as JsonObject;
    const edited: JsonObject = { ...inner, custom_middleware: { driver: 'javascript', pre: [{ name: 'P', path: 'p.js' }] } };
    const wrapped = wrapLike(outer, edited);
    expect(Object.keys(wrapped)).toEqual(Object.keys(outer));
    const text = patchDefinitionText(exported, outer as JsonValue, wrapped);
    expect(text).toBe(exported.replace('"driver": "otto"', '"driver": "javascript"'));
  });
});
