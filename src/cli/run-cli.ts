import { parseArgs } from './args';
import { convert } from './commands/convert';
import { USAGE } from './commands/help';
import { lint } from './commands/lint';
import { pipeline } from './commands/pipeline';
import { roundtrip } from './commands/roundtrip';
import { errorMessage, type CliIo } from './io';
import { unknownOption } from './known-options';

/** The CLI as a function: arguments in, text out through `io`, the exit code back. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv);
  if ('error' in parsed) {
    io.stderr(`${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...files] = parsed.positional;
  if (parsed.flags.has('help') || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const unknown = command === undefined ? undefined : unknownOption(command, parsed);
  if (unknown) {
    io.stderr(`${unknown}\n`);
    return 2;
  }
  try {
    switch (command) {
      case 'roundtrip':
        return roundtrip(io, files);
      case 'lint':
        return lint(io, files, parsed);
      case 'pipeline':
        return pipeline(io, files, parsed);
      case 'convert':
        return convert(io, files, parsed.options.get('to'));
      default:
        io.stderr(
          `${command === undefined ? 'No command given.' : `Unknown command "${command}".`}\n\n${USAGE}`,
        );
        return 2;
    }
  } catch (error) {
    io.stderr(`Unexpected failure: ${errorMessage(error)}\n`);
    return 2;
  }
}
