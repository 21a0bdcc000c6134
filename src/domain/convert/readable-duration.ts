import type { JsonValue } from '../json';

/**
 * Tyk's ReadableDuration (internal/time/duration.go), the OAS form of Classic's whole seconds: "1h30m", "45s".
 * Fill multiplies the Classic number by time.Second after Go's float-to-int truncation; ExtractTo floors back.
 */
const UNITS: [seconds: number, ending: string][] = [
  [3600, 'h'],
  [60, 'm'],
  [1, 's'],
];

/** Whole seconds → "1h2m3s" (ReadableDuration.format); zero is "0s". */
export function secondsToDuration(value: JsonValue | undefined): string {
  let rest = typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : 0;
  if (rest === 0) return '0s';
  let out = rest < 0 ? '-' : '';
  rest = Math.abs(rest);
  for (const [size, ending] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) out += `${count}${ending}`;
  }
  return out;
}

const NANOS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
const PART = /(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)/y;

/**
 * "1h30m" → 5400 (ReadableDuration.UnmarshalJSON then Seconds): Go's time.ParseDuration, floored to seconds.
 * What Go cannot parse is zero, as the gateway suppresses the error.
 */
export function durationToSeconds(value: JsonValue | undefined): number {
  if (typeof value !== 'string') return 0;
  let text = value;
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('+')) {
    sign = text.startsWith('-') ? -1 : 1;
    text = text.slice(1);
  }
  if (text === '0') return 0;
  if (text === '') return 0;
  let nanos = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < text.length) {
    const match = PART.exec(text);
    const [, number = '', unit = ''] = match ?? [];
    if (!match || number === '' || number === '.') return 0;
    nanos += Number(number) * (NANOS[unit] ?? 0);
  }
  return Math.floor((sign * nanos) / 1e9);
}
