/** What the CLI needs from its environment; tests pass a fake, main.ts passes Node's. */
export interface CliIo {
  /** File text, or an Error saying why it could not be read. */
  readFile(path: string): string | Error;
  writeFile(path: string, text: string): Error | undefined;
  stdout(text: string): void;
  stderr(text: string): void;
}
