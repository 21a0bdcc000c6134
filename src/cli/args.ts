/** `--name value` / `--name=value` options and positional arguments, in order. */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
  /** `--flag` ("true") or `--flag=value`. */
  flags: Map<string, string>;
  /** Every value of an option given more than once (`--bundle a.zip --bundle b.zip`), in order. */
  repeated: Map<string, string[]>;
}

/** Options that take a value; everything else starting with `--` is a flag. */
const VALUED = new Set(['profile', 'endpoint', 'to', 'tyk-conf', 'build', 'bundle']);

export function parseArgs(argv: readonly string[]): ParsedArgs | { error: string } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const flags = new Map<string, string>();
  const repeated = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') && arg !== '-h') {
      positional.push(arg);
      continue;
    }
    if (arg === '-h') {
      flags.set('help', 'true');
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!VALUED.has(name)) {
      flags.set(name, inline ?? 'true');
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) return { error: `--${name} needs a value` };
    options.set(name, value);
    repeated.set(name, [...(repeated.get(name) ?? []), value]);
  }
  return { positional, options, flags, repeated };
}
