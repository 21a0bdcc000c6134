import { readFileSync, statSync } from 'node:fs';
import { runCli } from './run-cli';

// The only place the CLI meets the process: real stdout, stderr and files.
process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  readBytes: (path) => new Uint8Array(readFileSync(path)),
  isDirectory: (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true,
});
