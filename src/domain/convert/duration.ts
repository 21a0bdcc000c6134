import type { JsonValue } from '../json';

/**
 * Tyk OAS durations (internal/time/duration.go ReadableDuration): Go's `time.Duration` nanoseconds written as
 * "1h2m3s4ms5µs6ns". BigInt keeps nanoseconds exact past 2^53 (a year of log retention is 3e16 ns).
 */
const NS = 1n;
const US = 1000n * NS;
const MS = 1000n * US;
const SECOND = 1000n * MS;
const MINUTE = 60n * SECOND;
const HOUR = 60n * MINUTE;

const FORMAT_UNITS: [bigint, string][] = [
  [HOUR, 'h'],
  [MINUTE, 'm'],
  [SECOND, 's'],
  [MS, 'ms'],
  [US, 'µs'],
  [NS, 'ns'],
];

// time.ParseDuration's units: both micro signs (U+00B5, U+03BC) and "us" are accepted.
const PARSE_UNITS: Record<string, bigint> = { ns: NS, us: US, 'µs': US, 'μs': US, ms: MS, s: SECOND, m: MINUTE, h: HOUR };

/** ReadableDuration.format: "0s" for zero, else each non-zero unit from hours down to nanoseconds. */
export function formatDuration(ns: bigint): string {
  if (ns === 0n) return '0s';
  let rest = ns < 0n ? -ns : ns;
  let out = ns < 0n ? '-' : '';
  for (const [unit, ending] of FORMAT_UNITS) {
    const count = rest / unit;
    rest -= count * unit;
    if (count !== 0n) out += `${count}${ending}`;
  }
  return out;
}

/** time.ParseDuration: nanoseconds, or undefined for text the gateway cannot read (it reads that as 0). */
export function parseDuration(text: string): bigint | undefined {
  if (text === '0') return 0n;
  const match = /^([-+]?)((?:(?:\d+\.?\d*|\.\d+)[a-zµμ]+)+)$/.exec(text);
  if (!match) return undefined;
  let total = 0n;
  for (const part of (match[2] as string).matchAll(/(\d*)(?:\.(\d*))?([a-zµμ]+)/g)) {
    const [, whole = '', fraction = '', name = ''] = part;
    const unit = PARSE_UNITS[name];
    if (unit === undefined || (whole === '' && fraction === '')) return undefined;
    total += BigInt(whole || '0') * unit;
    if (fraction !== '') total += (BigInt(fraction) * unit) / 10n ** BigInt(fraction.length);
  }
  return match[1] === '-' ? -total : total;
}

/** An OAS duration field: "" or absent is 0 (UnmarshalJSON); undefined when the gateway could not read it. */
export function durationOf(value: JsonValue | undefined): bigint | undefined {
  if (value === undefined || value === null || value === '') return 0n;
  return typeof value === 'string' ? parseDuration(value) : undefined;
}

/** A Classic whole-unit number (seconds, or nanoseconds with `unit` 1n) as Go converts it: truncated toward zero. */
export function fromClassicNumber(value: JsonValue | undefined, unit: bigint = SECOND): bigint {
  return typeof value === 'number' && Number.isFinite(value) ? BigInt(Math.trunc(value)) * unit : 0n;
}

/** ReadableDuration.Seconds: whole seconds, rounded down, as the Classic number fields hold them. */
export function wholeSeconds(ns: bigint): number {
  const floor = ns / SECOND - (ns < 0n && ns % SECOND !== 0n ? 1n : 0n);
  return Number(floor);
}

/** Whether `ns` has a part below one second that the Classic seconds fields cannot hold. */
export function hasSubSecond(ns: bigint): boolean {
  return ns % SECOND !== 0n;
}
