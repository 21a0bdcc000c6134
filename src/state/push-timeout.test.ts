import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PUSH_TIMEOUT_SECONDS, pushTimeoutSeconds, savePushTimeoutSeconds } from './push-timeout';

afterEach(() => localStorage.clear());

describe('the push timeout setting', () => {
  it('is 10 s until set, and keeps what is saved', () => {
    expect(pushTimeoutSeconds()).toBe(DEFAULT_PUSH_TIMEOUT_SECONDS);
    savePushTimeoutSeconds(45);
    expect(pushTimeoutSeconds()).toBe(45);
  });

  it('keeps to its range, and ignores what it cannot read', () => {
    savePushTimeoutSeconds(0.4);
    expect(pushTimeoutSeconds()).toBe(2);
    savePushTimeoutSeconds(10_000);
    expect(pushTimeoutSeconds()).toBe(300);
    localStorage.setItem('plugin-studio:push-timeout-seconds', 'soon');
    expect(pushTimeoutSeconds()).toBe(DEFAULT_PUSH_TIMEOUT_SECONDS);
  });
});
