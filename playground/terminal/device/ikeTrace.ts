/** The live IKE messages of a device's tunnels (the tunnel trace), as debug lines. */
import { isoAt } from '../../engine/core/simTime';
import type { TraceEntry } from '../../engine/tunnel/tunnelHost';
import type { DeviceView } from './deviceView';

const PHASE2 = new Set(['CREATE_CHILD_SA', 'QUICK_MODE', 'IKE_AUTH']);

export function traceLines(v: DeviceView, which: 'ike' | 'ipsec', limit = 40): string[] {
  const rows: { e: TraceEntry; n: number; aws: string }[] = [];
  for (const t of v.tunnels) for (const e of t.t.trace) if (which === 'ike' ? !['CREATE_CHILD_SA', 'QUICK_MODE'].includes(e.exchange) : PHASE2.has(e.exchange)) rows.push({ e, n: t.n, aws: t.t.outsideIpAddress });
  rows.sort((a, b) => a.e.t - b.e.t || a.n - b.n);
  return rows.slice(-limit).map(({ e, n, aws }) => {
    const dir = e.direction === 'cgw->aws' ? `sending to ${aws}:${e.udpPort}` : `received from ${aws}:${e.udpPort}`;
    const kind = e.response ? 'response' : 'request';
    const lost = e.dropped ? ` -- never arrived: ${e.dropped}` : '';
    return `*${isoAt(e.t).slice(11, 23)}: Tunnel${n} ${e.version.toUpperCase()} ${e.exchange} ${kind} msgid ${e.messageId} ${dir} [${e.payloads}]${lost}`;
  });
}
