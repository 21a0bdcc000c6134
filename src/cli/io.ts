import { decodeJsonBytes } from '../domain/definition/decode-text';

/** What the CLI touches outside itself: injected so tests run it without a process or a disk. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file: its bytes (decoded by readText), or text already decoded; throws when it cannot. */
  readFile: (path: string) => Uint8Array | string;
  /** Reads a file's bytes (a bundle zip); throws when it cannot. Absent: files are read as text only. */
  readBytes?: (path: string) => Uint8Array;
  /** Whether the path is a folder (an unpacked bundle). */
  isDirectory?: (path: string) => boolean;
}

/** A file as text, or why not: unreadable, or not UTF-8 (never decoded with U+FFFD in place of a byte). */
export function readText(io: CliIo, file: string): { ok: true; text: string } | { ok: false; reason: string } {
  let content: Uint8Array | string;
  try {
    content = io.readFile(file);
  } catch (error) {
    return { ok: false, reason: `cannot read: ${errorMessage(error)}` };
  }
  if (typeof content === 'string') return { ok: true, text: content };
  const decoded = decodeJsonBytes(content);
  return decoded.ok ? decoded : { ok: false, reason: decoded.message };
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
