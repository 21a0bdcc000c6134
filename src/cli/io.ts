/** What the CLI touches outside itself: injected so tests run it without a process or a disk. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file as UTF-8 text; throws when it cannot. */
  readFile: (path: string) => string;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
