import { namedStream } from '../core/seededRandom';
import type { EngineEvent } from '../events';
import { TunnelHost } from '../tunnel/tunnelHost';
import type { TunnelNote } from '../tunnel/tunnelTypes';
import type { EngineCore } from './engineCore';
import { awsPolicy, devicePolicy, pathConditions } from './tunnelPolicy';
import type { ConnectionModel, TunnelModel } from './worldTypes';

/** Bring byte counters up to now; routing decides which tunnel carries what (routingRuntime/trafficRates). */
export function refreshTraffic(core: EngineCore, _c?: ConnectionModel): void {
  core.routing.accrue();
}

/** Re-evaluate the data plane of every tunnel of a connection after a fault or repair. */
export function refreshConnection(core: EngineCore, c: ConnectionModel): void {
  core.routing.accrue();
  for (const t of c.tunnels) t.host.refreshDataPlane();
  for (const t of c.tunnels) core.routing.tunnelChanged(c, t);
  core.touch();
}

/** Build the host that runs one tunnel's machine, wired to the world, telemetry and the event log. */
export function createTunnelHost(core: EngineCore, getConnection: () => ConnectionModel, getTunnel: () => TunnelModel, label: string): TunnelHost {
  const rng = namedStream(core.seed, `tunnel:${label}`);
  const host = new TunnelHost(
    core.kernel,
    () => ({ aws: awsPolicy(core.world, getConnection(), getTunnel()), cgw: devicePolicy(core.world, getConnection(), getTunnel()) }),
    () => pathConditions(core.world, getConnection(), getTunnel()),
    () => rng.next(),
    (note) => onNote(core, getConnection(), getTunnel(), note),
  );
  host.onDataPlaneChange = () => core.routing.tunnelChanged(getConnection(), getTunnel());
  host.onTrace = (e) => {
    const c = getConnection();
    core.emit({
      type: 'ikeMessage', t: e.t, vpnConnectionId: c.id, tunnelOutsideIp: getTunnel().outsideIpAddress, direction: e.direction,
      version: e.version, exchange: e.exchange, messageId: e.messageId, payloads: e.payloads, udpPort: e.udpPort, ...(e.dropped ? { dropped: e.dropped } : {}),
    });
  };
  return host;
}

function onNote(core: EngineCore, c: ConnectionModel, t: TunnelModel, note: TunnelNote): void {
  const now = core.kernel.now();
  const ref = { t: now, vpnConnectionId: c.id, tunnelOutsideIp: t.outsideIpAddress };
  // The reported status follows R171/R408 (BGP for dynamic connections): routing emits it.
  if (note.type === 'tunnelStatusChanged' || note.type === 'saStateChanged') core.routing.tunnelChanged(c, t);
  if (note.type === 'tunnelStatusChanged') return;
  core.emit({ ...ref, ...note } as EngineEvent);
  core.touch();
  if (note.type === 'vpnLog') {
    const st = t.host.state;
    core.telemetry.recordLog({
      t: now, vpnConnectionId: c.id, tunnelOutsideIp: t.outsideIpAddress, messageId: note.messageId,
      ...(note.details ? { details: note.details } : {}),
      state: { dpdEnabled: true, natTDetected: st.natT, ikePhase1State: st.phase1, ikePhase2State: st.phase2 },
      logging: {
        enabled: t.options.LogOptions.CloudWatchLogOptions.LogEnabled,
        outputFormat: t.options.LogOptions.CloudWatchLogOptions.LogOutputFormat,
        ...(t.options.LogOptions.CloudWatchLogOptions.LogGroupArn !== undefined ? { logGroupArn: t.options.LogOptions.CloudWatchLogOptions.LogGroupArn } : {}),
      },
    });
  }
}
