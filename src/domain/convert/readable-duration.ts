import type { JsonValue } from '../json';
import { durationOf, formatDuration, fromClassicNumber, wholeSeconds } from './duration';

/**
 * Tyk's ReadableDuration (internal/time/duration.go), the OAS form of Classic's whole seconds: "1h30m", "45s".
 * Fill multiplies the Classic number by time.Second after Go's float-to-int truncation; ExtractTo floors back.
 */

/** Whole seconds → "1h2m3s" (ReadableDuration.format); zero is "0s". */
export function secondsToDuration(value: JsonValue | undefined): string {
  return formatDuration(fromClassicNumber(value));
}

/**
 * "1h30m" → 5400 (ReadableDuration.UnmarshalJSON then Seconds): Go's time.ParseDuration, floored to seconds.
 * What Go cannot parse is zero, as the gateway suppresses the error.
 */
export function durationToSeconds(value: JsonValue | undefined): number {
  return wholeSeconds((typeof value === 'string' ? durationOf(value) : undefined) ?? 0n);
}
