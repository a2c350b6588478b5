/**
 * The result of `vpnlab run`: the final engine snapshot reduced to what a script or a reader
 * needs (tunnel states, logs, metric datapoints, alarms, Health events, refused actions).
 */
import { formatDuration } from '../engine/schema/duration';
import type { EngineSnapshot } from '../engine/index';

export function runReport(s: EngineSnapshot, scenarioName: string | undefined) {
  const tel = s.telemetry;
  return {
    scenario: scenarioName ?? null,
    t: s.t,
    seed: s.seed,
    region: s.region,
    connections: s.connections.map((c) => ({
      id: c.id,
      state: c.state,
      customerGatewayId: c.customerGatewayId,
      ...(c.vpnGatewayId !== undefined ? { vpnGatewayId: c.vpnGatewayId } : {}),
      ...(c.transitGatewayId !== undefined ? { transitGatewayId: c.transitGatewayId } : {}),
      tunnels: c.tunnels.map((t) => ({
        outsideIpAddress: t.outsideIpAddress,
        status: t.status,
        phase1: t.phase1,
        phase2: t.phase2,
        lastStatusChange: t.lastStatusChange,
        statusMessage: t.statusMessage,
        insideCidr: t.insideCidr,
        ikeVersion: t.ikeVersion,
        bytesIn: t.bytesIn,
        bytesOut: t.bytesOut,
      })),
    })),
    routing: s.routing,
    logs: tel.logRecords.map((r) => r.line),
    metrics: tel.metrics,
    alarms: tel.alarms.map((a) => ({
      AlarmName: a.spec.AlarmName,
      StateValue: a.StateValue,
      StateReason: a.StateReason,
      StateUpdatedTimestamp: a.StateUpdatedTimestamp,
    })),
    healthEvents: tel.healthEvents,
    errors: s.errors,
  };
}

export type RunReport = ReturnType<typeof runReport>;

const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length));

export function runReportText(r: RunReport): string {
  const lines: string[] = [];
  lines.push(`${r.scenario ?? 'Scenario'} — simulated ${formatDuration(r.t)} (seed ${r.seed}, ${r.region})`);
  if (r.connections.length === 0) lines.push('No VPN connections.');
  for (const c of r.connections) {
    lines.push('');
    lines.push(
      `${c.id}  ${c.state}  ${c.customerGatewayId} → ${c.vpnGatewayId ?? c.transitGatewayId ?? 'not associated'}`,
    );
    c.tunnels.forEach((t, i) => {
      lines.push(
        `  Tunnel ${i + 1}  ${pad(t.outsideIpAddress, 16)}${pad(t.status, 5)} phase 1 ${pad(t.phase1, 12)}phase 2 ${pad(t.phase2, 12)}since ${formatDuration(t.lastStatusChange)}${t.statusMessage ? `  ${t.statusMessage}` : ''}`,
      );
    });
  }
  if (r.alarms.length > 0) {
    lines.push('', 'Alarms:');
    for (const a of r.alarms) lines.push(`  ${pad(a.AlarmName, 30)}${a.StateValue}`);
  }
  if (r.healthEvents.length > 0) {
    lines.push('', 'AWS Health events:');
    for (const h of r.healthEvents) lines.push(`  ${formatDuration(h.startTime)}  ${h.eventTypeCode}  ${h.title}`);
  }
  if (r.errors.length > 0) {
    lines.push('', 'Refused actions:');
    for (const e of r.errors)
      for (const x of e.errors) lines.push(`  at ${formatDuration(e.t)} ${e.action}: ${x.path}: ${x.message}`);
  }
  lines.push('', `${r.logs.length} log record(s); use --format json for logs and metrics.`);
  return `${lines.join('\n')}\n`;
}
