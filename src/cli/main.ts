import { readFileSync, statSync } from 'node:fs';
import { runCli } from './run-cli';

// The only place the CLI meets the process: real stdout, stderr and files.
process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // Bytes, not 'utf8': Node would put U+FFFD in place of bytes that are not UTF-8, and carry on.
  readFile: (path) => readFileSync(path),
  readBytes: (path) => new Uint8Array(readFileSync(path)),
  isDirectory: (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true,
});
