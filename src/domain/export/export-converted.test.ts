import { describe, expect, it } from 'vitest';
import { createDefinition } from '../create/create-definition';
import { convertPlugins } from '../convert';
import { exportInOtherFormat } from './export-converted';

const classic = createDefinition(
  {
    format: 'classic',
    name: 'Orders',
    listenPath: '/orders/',
    upstreamUrl: 'http://orders',
    driver: 'python',
  },
  { newId: () => 'id1' },
);

describe('exportInOtherFormat', () => {
  it('writes the converted definition as JSON with a file name of its format', () => {
    const out = exportInOtherFormat(classic, 'classic');
    expect(out.format).toBe('oas');
    expect(out.fileName).toBe('orders.tyk-oas.json');
    expect(JSON.parse(out.text)).toEqual(convertPlugins(classic, 'classic', 'oas').doc);
    expect(Array.isArray(out.unmapped)).toBe(true);
  });

  it('goes back the other way too', () => {
    const oas = exportInOtherFormat(classic, 'classic');
    const back = exportInOtherFormat(JSON.parse(oas.text), 'oas', 4);
    expect(back.format).toBe('classic');
    expect(back.fileName).toBe('orders.tyk-classic.json');
    expect(back.text.split('\n')[1]).toMatch(/^ {4}"/);
  });
});
