/** What the CLI touches outside itself, passed in so tests can capture it. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (for the `-` input). */
  readStdin: () => Promise<Uint8Array>;
  writeFile: (path: string, text: string) => Promise<void>;
  readFile: (path: string) => Promise<string>;
}
