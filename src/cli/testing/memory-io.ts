import fs from 'node:fs';
import path from 'node:path';
import type { CliIo } from '../io';

/**
 * An in-memory CLI for tests: files from a map (text, or bytes to exercise decoding), falling back to the
 * disk for absolute paths (Tyk's files in ../shared); output collected.
 */
export function memoryIo(files: Record<string, string | Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (file) => {
      const content = files[file];
      if (content !== undefined) return content;
      if (path.isAbsolute(file)) return fs.readFileSync(file, 'utf8');
      throw new Error(`ENOENT: ${file}`);
    },
    readBytes: (file) => new Uint8Array(fs.readFileSync(file)),
    // A folder is any name some file sits under.
    isDirectory: (file) => Object.keys(files).some((name) => name.startsWith(`${file}/`)),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
