/** Node entry of `vpnlab` (bundled to dist/vpnlab.js by build.mjs, started by vpnlab.mjs). */
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './cliCommands';
import type { CliIo } from './cliIo';

const nodeIo: CliIo = {
  readFile(path) {
    try {
      return readFileSync(path === '-' ? 0 : path, 'utf8');
    } catch (e) {
      return e instanceof Error
        ? new Error((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : e.message)
        : new Error(String(e));
    }
  },
  writeFile(path, text) {
    try {
      writeFileSync(path, text);
      return undefined;
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  },
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

export function main(argv: readonly string[] = process.argv.slice(2)): number {
  return runCli(argv, nodeIo);
}

export { runCli, scenarioJsonSchemaText } from './cliCommands';
