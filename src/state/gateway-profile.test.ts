import { beforeEach, describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { DEFAULT_PROFILE, EMBEDDED_PROFILE } from '../domain/profile/profile';
import { EMBEDDED_LABEL } from '../gateway/connection';
import { profileFor, saveProfile, useGatewayProfile } from './gateway-profile';

describe('gateway profile per connection', () => {
  beforeEach(() => localStorage.clear());

  it('is the stock release profile until changed', () => {
    expect(profileFor('http://never-seen:8080')).toEqual(DEFAULT_PROFILE);
  });

  it("is the embedded gateway's own set-up for the embedded gateway, so its findings describe what answers", () => {
    expect(profileFor(EMBEDDED_LABEL)).toEqual(EMBEDDED_PROFILE);
    saveProfile(EMBEDDED_LABEL, DEFAULT_PROFILE);
    expect(profileFor(EMBEDDED_LABEL)).toEqual(DEFAULT_PROFILE);
  });

  it('keeps one profile per gateway and persists it', () => {
    saveProfile('http://a:8080', { ...DEFAULT_PROFILE, enableCoprocess: true });
    expect(profileFor('http://a:8080').enableCoprocess).toBe(true);
    expect(profileFor('http://b:8080').enableCoprocess).toBe(false);
    expect(JSON.parse(localStorage.getItem('plugin-studio:gateway-profiles') ?? '{}')['http://a:8080'].enableCoprocess).toBe(true);
  });

  it('re-renders its users when changed', () => {
    const { result } = renderHook(() => useGatewayProfile());
    const before = result.current[0].enableJsvm;
    act(() => result.current[1]({ ...result.current[0], enableJsvm: !before }));
    expect(result.current[0].enableJsvm).toBe(!before);
  });
});
