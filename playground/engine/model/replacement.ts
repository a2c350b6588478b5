import type { EngineCore } from './engineCore';
import { refreshConnection } from './tunnelWiring';
import type { ConnectionModel, TunnelModel } from './worldTypes';

/**
 * Endpoint replacement durations. The guide says "briefly unavailable" for connection-level
 * changes (R119–R121, R347, R363) and "up to several minutes" for a tunnel modification (R122,
 * R364); VPN Lab uses 2 minutes, 4 minutes and 3 minutes for an AWS-managed update.
 */
export const CONNECTION_CHANGE_MS = 120_000;
export const TUNNEL_CHANGE_MS = 240_000;
export const AWS_MAINTENANCE_MS = 180_000;
/** R127: how far ahead "Maintenance auto applied after" lies when a lifecycle-controlled update is announced. */
export const MAINTENANCE_NOTICE_MS = 14 * 86_400_000;

const other = (c: ConnectionModel, t: TunnelModel): TunnelModel => c.tunnels[t.index === 0 ? 1 : 0];

/** Take one tunnel's AWS endpoint down for `durationMs`, then bring a fresh endpoint up. */
export function replaceEndpoint(core: EngineCore, c: ConnectionModel, t: TunnelModel, kind: 'customer' | 'aws', reason: string, durationMs: number): void {
  const now = core.kernel.now();
  const until = now + durationMs;
  t.replacement = { kind, reason, until };
  core.emit({ type: 'replacementStarted', t: now, vpnConnectionId: c.id, tunnelOutsideIp: t.outsideIpAddress, reason, untilT: until, kind });
  t.host.input({ type: 'endpointDown', reason: `Endpoint replacement: ${reason}` });
  if (kind === 'aws') setMed(core, c, other(c, t), 'lowered'); // R195
  refreshConnection(core, c);
  core.schedule(until, () => finishReplacement(core, c, t));
}

function finishReplacement(core: EngineCore, c: ConnectionModel, t: TunnelModel): void {
  const r = t.replacement;
  if (!r || c.state !== 'available') {
    t.replacement = null;
    return;
  }
  const now = core.kernel.now();
  t.replacement = null;
  if (r.kind === 'aws') {
    t.maintenance = { pending: false, autoApplyAfter: null, lastApplied: now };
    setMed(core, c, other(c, t), 'normal');
  }
  core.emit({ type: 'replacementCompleted', t: now, vpnConnectionId: c.id, tunnelOutsideIp: t.outsideIpAddress });
  // R423: a Health notification once the replacement is complete.
  core.telemetry.recordEndpointReplacement({ t: now, vpnConnectionId: c.id, tunnelOutsideIp: t.outsideIpAddress, phase: 'completed', reason: r.reason });
  refreshConnection(core, c);
  t.host.input({ type: 'start' });
  core.touch();
}

function setMed(core: EngineCore, c: ConnectionModel, t: TunnelModel, med: 'normal' | 'lowered'): void {
  if (t.medPreference === med) return;
  t.medPreference = med;
  core.emit({ type: 'medChanged', t: core.kernel.now(), vpnConnectionId: c.id, tunnelOutsideIp: t.outsideIpAddress, medPreference: med });
}

/** R119–R121: target gateway, customer gateway or connection options changed: both tunnels. */
export function replaceBoth(core: EngineCore, c: ConnectionModel, reason: string): void {
  for (const t of c.tunnels) replaceEndpoint(core, c, t, 'customer', reason, CONNECTION_CHANGE_MS);
}

/**
 * An AWS-managed update (R123). With lifecycle control on, it waits as pending maintenance
 * until accepted or until "Maintenance auto applied after" (R127, R131); otherwise it runs now.
 * Critical updates apply at once even with lifecycle control (R126). AWS never updates both
 * tunnels at once (R124): if the other tunnel is being updated, this one waits for it.
 */
export function scheduleAwsMaintenance(core: EngineCore, c: ConnectionModel, t: TunnelModel, critical: boolean): void {
  const now = core.kernel.now();
  if (t.options.EnableTunnelLifecycleControl && !critical) {
    if (t.maintenance.pending) return;
    const autoApplyAfter = now + MAINTENANCE_NOTICE_MS;
    t.maintenance = { ...t.maintenance, pending: true, autoApplyAfter };
    core.emit({ type: 'maintenanceScheduled', t: now, vpnConnectionId: c.id, tunnelOutsideIp: t.outsideIpAddress, autoApplyAfter });
    core.telemetry.recordEndpointReplacement({ t: now, vpnConnectionId: c.id, tunnelOutsideIp: t.outsideIpAddress, phase: 'scheduled', lifecycleControlEnabled: true, autoApplyAfter });
    core.schedule(autoApplyAfter, () => {
      if (t.maintenance.pending && t.maintenance.autoApplyAfter === autoApplyAfter) applyAwsMaintenance(core, c, t);
    });
    core.touch();
    return;
  }
  applyAwsMaintenance(core, c, t);
}

export function applyAwsMaintenance(core: EngineCore, c: ConnectionModel, t: TunnelModel): void {
  if (c.state !== 'available') return;
  const o = other(c, t);
  if (o.replacement?.kind === 'aws' || t.replacement) {
    const wait = Math.max(o.replacement?.until ?? 0, t.replacement?.until ?? 0) + 1;
    core.schedule(wait, () => applyAwsMaintenance(core, c, t));
    return;
  }
  replaceEndpoint(core, c, t, 'aws', 'AWS-managed tunnel endpoint update', AWS_MAINTENANCE_MS);
}
