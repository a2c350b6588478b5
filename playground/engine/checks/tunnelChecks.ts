/** Tunnel status and SA state (R377: Established | Rekeying | Negotiating | Down) and connection existence. */
import type { EngineSnapshot, TunnelSnapshot } from '../model/snapshotTypes';
import { missing, ok, type CheckResult, type ConnectionCheck, type TunnelCheck } from './checkTypes';
import { describeRef, findConnection, notFound, tunnelLabel, tunnelsOf } from './connectionRef';

function tunnelProblems(t: TunnelSnapshot, c: TunnelCheck): string[] {
  const p: string[] = [];
  const phases = `phase 1 ${t.phase1}, phase 2 ${t.phase2}`;
  if (c.status !== undefined && t.status !== c.status) p.push(`is ${t.status} (${phases}); it must be ${c.status}`);
  if (c.phase1 !== undefined && t.phase1 !== c.phase1) p.push(`has phase 1 (IKE SA) ${t.phase1}; it must be ${c.phase1}`);
  if (c.phase2 !== undefined && t.phase2 !== c.phase2) p.push(`has phase 2 (IPsec SA) ${t.phase2}; it must be ${c.phase2}`);
  if (c.ikeVersion !== undefined && t.ikeVersion !== c.ikeVersion) p.push(`runs ${t.ikeVersion ?? 'no IKE version yet'}; it must run ${c.ikeVersion}`);
  if (c.natT !== undefined && t.natTDetected !== c.natT) p.push(c.natT ? 'has not detected NAT-T; it must' : 'detected NAT-T; it must not');
  if (c.dataPlane !== undefined && t.dataPlaneUp !== c.dataPlane) p.push(c.dataPlane ? 'carries no traffic (ESP does not get through); it must' : 'still carries traffic; it must not');
  if (c.maintenancePending !== undefined && t.maintenance.pending !== c.maintenancePending)
    p.push(c.maintenancePending ? 'has no pending maintenance yet' : 'still has pending maintenance; apply it');
  if (c.maintenanceApplied !== undefined && (t.maintenance.lastApplied !== null) !== c.maintenanceApplied)
    p.push(c.maintenanceApplied ? 'has no maintenance applied yet' : 'already had maintenance applied');
  return p;
}

export function checkTunnel(s: EngineSnapshot, c: TunnelCheck): CheckResult {
  const conn = findConnection(s, c.connection);
  if (!conn) return missing(`${notFound(c.connection)}, so its tunnels cannot be checked`);
  const fails: string[] = [];
  for (const { n, tunnel } of tunnelsOf(conn, c.tunnel)) {
    for (const p of tunnelProblems(tunnel, c)) fails.push(`${tunnelLabel(n, conn)} ${p}`);
  }
  if (fails.length > 0) return missing(fails.join('; '));
  const which = c.tunnel === 'both' ? `Both tunnels of ${conn.id}` : tunnelLabel(c.tunnel, conn);
  return ok(`${which}: ${[c.status, c.phase1 && `phase 1 ${c.phase1}`, c.phase2 && `phase 2 ${c.phase2}`].filter(Boolean).join(', ') || 'as expected'}`);
}

export function checkConnection(s: EngineSnapshot, c: ConnectionCheck): CheckResult {
  const conn = findConnection(s, c.connection);
  const wantExists = c.exists ?? true;
  if (!conn) return wantExists ? missing(`${notFound(c.connection)}; create it`) : ok(`${describeRef(c.connection)} does not exist`);
  if (!wantExists) return missing(`${conn.id} still exists (state ${conn.state}); it must not`);
  if (c.state !== undefined && conn.state !== c.state) return missing(`${conn.id} is ${conn.state}; it must be ${c.state}`);
  if (c.staticRoute !== undefined && !conn.routes.includes(c.staticRoute))
    return missing(`${conn.id} has no static route to ${c.staticRoute} (routes: ${conn.routes.join(', ') || 'none'}); add it`);
  return ok(`${conn.id} exists (${conn.state})${c.staticRoute ? ` with a static route to ${c.staticRoute}` : ''}`);
}
