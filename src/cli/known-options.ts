import type { ParsedArgs } from './args';

/** The gateway profile's switches (see commands/profile-option.ts), for the commands that lint. */
const PROFILE = ['profile', 'tyk-conf', 'build', 'enable-coprocess', 'enable-jsvm', 'grpc-server', 'bundle-downloader', 'public-key-path'];

/** What each command understands; `--help` goes with every one. */
const KNOWN: Record<string, readonly string[]> = {
  roundtrip: [],
  lint: [...PROFILE, 'bundle'],
  pipeline: ['endpoint', ...PROFILE, 'bundle'],
  convert: ['to'],
};

/**
 * The first option the command does not know, as an error line, or undefined. A mistyped switch must stop
 * the run: ignored, it would pass a check that was never made (`--enable-coprocss` linting as if unset).
 */
export function unknownOption(command: string, args: ParsedArgs): string | undefined {
  const known = KNOWN[command];
  if (!known) return undefined;
  for (const name of [...args.options.keys(), ...args.flags.keys(), ...args.repeated.keys()]) {
    if (name === 'help' || known.includes(name)) continue;
    const list = known.length ? known.map((option) => `--${option}`).join(', ') : 'none';
    return `${command}: unknown option --${name} (known: ${list})`;
  }
  return undefined;
}
