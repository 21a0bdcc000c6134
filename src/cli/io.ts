/** What the CLI touches outside itself: injected so tests run it without a process or a disk. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file as UTF-8 text; throws when it cannot. */
  readFile: (path: string) => string;
  /** Reads a file's bytes (a bundle zip); throws when it cannot. Absent: files are read as text only. */
  readBytes?: (path: string) => Uint8Array;
  /** Whether the path is a folder (an unpacked bundle). */
  isDirectory?: (path: string) => boolean;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
