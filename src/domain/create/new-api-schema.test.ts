import { describe, expect, it } from 'vitest';
import { DRIVERS } from '../pipeline/model';
import { DRIVER_CHOICES, newApiSchema } from './new-api-schema';

const valid = {
  format: 'classic',
  name: 'Orders',
  listenPath: '/orders/',
  upstreamUrl: 'https://orders.internal',
};

function messagesFor(input: unknown, field: string): string[] {
  const result = newApiSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);
}

describe('newApiSchema', () => {
  it('accepts a complete form and normalises it', () => {
    const result = newApiSchema.parse({
      ...valid,
      name: '  Orders API ',
      listenPath: '/orders',
      upstreamUrl: ' http://orders:8080/v1 ',
      driver: 'python',
    });
    expect(result).toEqual({
      format: 'classic',
      name: 'Orders API',
      listenPath: '/orders/',
      upstreamUrl: 'http://orders:8080/v1',
      driver: 'python',
      auth: 'keyless',
    });
  });

  it('asks for a driver when custom auth is a plugin, and takes keyless when nothing is said', () => {
    const custom = newApiSchema.safeParse({ ...valid, driver: 'none', auth: 'customPlugin' });
    expect(custom.success).toBe(false);
    expect(custom.error?.issues[0]).toMatchObject({ path: ['auth'], message: expect.stringContaining('choose a driver') as unknown });
    expect(newApiSchema.parse({ ...valid, driver: 'grpc', auth: 'customPlugin' }).auth).toBe('customPlugin');
    expect(newApiSchema.parse(valid).auth).toBe('keyless');
  });

  it('turns the driver "none" and a missing driver into no driver', () => {
    expect(newApiSchema.parse({ ...valid, driver: 'none' }).driver).toBeUndefined();
    expect(newApiSchema.parse(valid).driver).toBeUndefined();
  });

  it('offers every gateway driver plus none', () => {
    expect([...DRIVER_CHOICES].sort()).toEqual([...DRIVERS, 'none'].sort());
  });

  it('requires a name that is not only spaces', () => {
    expect(messagesFor({ ...valid, name: '   ' }, 'name')).toEqual(['Enter a name for the API.']);
    expect(messagesFor({ ...valid, name: undefined }, 'name')).toEqual(['Enter a name for the API.']);
  });

  it.each([
    ['', 'Enter a listen path'],
    ['orders', 'must start with "/"'],
    ['/my orders/', 'cannot contain spaces'],
    ['/orders?x=1', 'leave out "?"'],
  ])('refuses the listen path %j', (listenPath, message) => {
    const messages = messagesFor({ ...valid, listenPath }, 'listenPath');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it('keeps a listen path that already ends in "/" and the root path as they are', () => {
    expect(newApiSchema.parse({ ...valid, listenPath: '/' }).listenPath).toBe('/');
    expect(newApiSchema.parse({ ...valid, listenPath: '/a/b/' }).listenPath).toBe('/a/b/');
  });

  it.each([
    ['', 'Enter the upstream URL'],
    ['orders.internal', 'not a valid URL'],
    ['ftp://files.internal', 'http:// or https://'],
    ['javascript:alert(1)', 'http:// or https://'],
  ])('refuses the upstream URL %j', (upstreamUrl, message) => {
    const messages = messagesFor({ ...valid, upstreamUrl }, 'upstreamUrl');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it('refuses an unknown format and driver with readable messages', () => {
    expect(messagesFor({ ...valid, format: 'graphql' }, 'format')).toEqual([
      'Choose Tyk Classic or Tyk OAS.',
    ]);
    expect(messagesFor({ ...valid, driver: 'java' }, 'driver')[0]).toMatch(/^Choose a driver: goplugin, /);
  });

  it('never throws on input of the wrong shape', () => {
    for (const input of [null, 42, 'x', [], { name: 5 }]) {
      expect(newApiSchema.safeParse(input).success).toBe(false);
    }
  });
});
