import { it } from 'vitest';
import { runRoutingBench } from './bench';
it('bench', () => {
  runRoutingBench(() => performance.now()); // warm-up
  for (const r of runRoutingBench(() => performance.now())) console.log(JSON.stringify({ n: r.connections, setup: Math.round(r.setupMs), down: +r.tunnelDownMs.toFixed(1), up: +r.tunnelUpMs.toFixed(1), recomputed: r.recomputedPrefixes, width: r.ecmpWidthAfterFlap }));
}, 120000);
