import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration, wholeSeconds } from './duration';

// internal/time/duration.go ReadableDuration.format / UnmarshalJSON (time.ParseDuration) / Seconds.
describe('Tyk OAS durations', () => {
  it('format each unit from hours down, "0s" for zero, as the gateway writes them', () => {
    expect(formatDuration(0n)).toBe('0s');
    expect(formatDuration(4810n * 1_000_000_000n)).toBe('1h20m10s');
    expect(formatDuration(2_000_000n)).toBe('2ms');
    expect(formatDuration(20_000n)).toBe('20µs');
    expect(formatDuration(1_500_000_001n)).toBe('1s500ms1ns');
    expect(formatDuration(100n * 365n * 24n * 3600n * 1_000_000_000n)).toBe('876000h');
  });

  it('parse what time.ParseDuration reads, and nothing else', () => {
    expect(parseDuration('1h20m10s')).toBe(4810n * 1_000_000_000n);
    expect(parseDuration('1.5s')).toBe(1_500_000_000n);
    expect(parseDuration('20µs')).toBe(20_000n);
    expect(parseDuration('20us')).toBe(20_000n);
    expect(parseDuration('0')).toBe(0n);
    for (const bad of ['', '10', '1d', 's', '1h 2m']) expect(parseDuration(bad)).toBeUndefined();
  });

  it('whole seconds round down (ReadableDuration.Seconds is math.Floor)', () => {
    expect(wholeSeconds(1_999_999_999n)).toBe(1);
    expect(wholeSeconds(-1n)).toBe(-1);
  });
});
