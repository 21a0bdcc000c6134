import { describe, expect, it } from 'vitest';
import type { Finding } from '../../pipeline/model';
import { customAuthTwin, switchedOff } from './classic-switches';

const known = { use_go_plugin_auth: {}, enable_coprocess_auth: {}, allowed_ips: {}, config_data: {} };

describe('switchedOff', () => {
  it('leaves out what a *_disabled flag switches off, and only when the flag is true', () => {
    const notes: Finding[] = [];
    const doc = {
      ip_access_control_disabled: true,
      allowed_ips: ['10.0.0.1'],
      enable_ip_whitelisting: true,
      config_data_disabled: false,
      config_data: { a: 1 },
      domain_disabled: true,
      domain: 'api.example',
    };
    expect([...switchedOff(doc, known, notes)].sort()).toEqual([
      'allowed_ips',
      'domain',
      'enable_ip_whitelisting',
    ]);
    expect(notes.map((n) => n.path[0])).toEqual(['enable_ip_whitelisting', 'allowed_ips', 'domain']);
  });

  it('keeps a setting whose flag the CRD has', () => {
    expect(
      switchedOff({ config_data_disabled: true, config_data: {} }, { config_data_disabled: {} }, []).size,
    ).toBe(0);
  });
});

describe('customAuthTwin', () => {
  it.each([
    ['goplugin', 'use_go_plugin_auth'],
    ['python', 'enable_coprocess_auth'],
    ['otto', 'enable_coprocess_auth'],
  ])('%s → %s', (driver, twin) => {
    const notes: Finding[] = [];
    const out = customAuthTwin(
      { name: 'A', custom_plugin_auth_enabled: true, custom_middleware: { driver } },
      known,
      notes,
    );
    expect(out).toEqual({ name: 'A', custom_middleware: { driver }, [twin]: true });
    expect(notes[0]?.code).toBe('operator-auth-switch');
  });

  it('leaves the definition alone when custom auth is off', () => {
    const doc = { custom_plugin_auth_enabled: false };
    expect(customAuthTwin(doc, known, [])).toBe(doc);
  });
});
