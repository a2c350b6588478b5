// Bundles bench/engineBench.ts with esbuild (already a dependency) and runs it under Node.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'node_modules', '.cache', 'vpnlab-bench', 'engineBench.mjs');
await build({ entryPoints: [join(root, 'bench', 'engineBench.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node22', outfile, logLevel: 'warning' });
await import(pathToFileURL(outfile).href);
