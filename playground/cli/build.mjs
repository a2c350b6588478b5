// Bundles the TypeScript CLI into dist/vpnlab.js (Node cannot import the engine's
// extensionless .ts imports directly), then regenerates public/schema/scenario.schema.json.
// Run: node playground/cli/build.mjs   (npm run build:cli)
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const outfile = join(here, 'dist', 'vpnlab.js');

await build({
  entryPoints: [join(here, 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  // CommonJS dependencies (yaml's node build) call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __vpnlabCreateRequire } from 'node:module'; const require = __vpnlabCreateRequire(import.meta.url);",
  },
});

const { scenarioJsonSchemaText } = await import(pathToFileURL(outfile).href);
const { writeFileSync, mkdirSync } = await import('node:fs');
const schemaFile = join(here, '..', '..', 'public', 'schema', 'scenario.schema.json');
mkdirSync(dirname(schemaFile), { recursive: true });
writeFileSync(schemaFile, scenarioJsonSchemaText());
console.log(`built ${outfile}\nwrote ${schemaFile}`);
