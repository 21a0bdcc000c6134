import { beforeEach, describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { DEFAULT_PROFILE } from '../domain/profile/profile';
import { profileFor, saveProfile, useGatewayProfile } from './gateway-profile';

describe('gateway profile per connection', () => {
  beforeEach(() => localStorage.clear());

  it('is the stock release profile until changed', () => {
    expect(profileFor('http://never-seen:8080')).toEqual(DEFAULT_PROFILE);
  });

  it('keeps one profile per gateway and persists it', () => {
    saveProfile('http://a:8080', { ...DEFAULT_PROFILE, enableCoprocess: true });
    expect(profileFor('http://a:8080').enableCoprocess).toBe(true);
    expect(profileFor('http://b:8080').enableCoprocess).toBe(false);
    expect(JSON.parse(localStorage.getItem('plugin-studio:gateway-profiles') ?? '{}')['http://a:8080'].enableCoprocess).toBe(true);
  });

  it('re-renders its users when changed', () => {
    const { result } = renderHook(() => useGatewayProfile());
    expect(result.current[0].enableJsvm).toBe(false);
    act(() => result.current[1]({ ...result.current[0], enableJsvm: true }));
    expect(result.current[0].enableJsvm).toBe(true);
  });
});
