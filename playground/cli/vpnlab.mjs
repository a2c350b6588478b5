#!/usr/bin/env node
// `vpnlab`: the headless VPN Lab CLI. The TypeScript sources are bundled by build.mjs.
// Output piped into `head` and closed early is normal for a CLI: stop quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
let cli;
try {
  cli = await import('./dist/vpnlab.js');
} catch (e) {
  if (e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('vpnlab.js')) {
    process.stderr.write('vpnlab: the CLI is not built yet; run `npm run build:cli` (node playground/cli/build.mjs)\n');
    process.exit(3);
  }
  throw e;
}
process.exitCode = cli.main(process.argv.slice(2));
