import { validateTunnelOptionsChange } from '../../schema/validateTunnelOptionsChange';
import { validationError } from '../../schema/validationError';
import { isoAt } from '../../core/simTime';
import type { EngineCore } from '../engineCore';
import { TUNNEL_CHANGE_MS, applyAwsMaintenance, replaceEndpoint, scheduleAwsMaintenance } from '../replacement';
import { deviceTunnelSpec } from '../tunnelPolicy';
import { fail, type ActionResult } from './actionTypes';
import { editDeviceTunnel } from './deviceSpecEdit';
import { findConnection, findTunnel } from './lookup';

/** ModifyVpnTunnelOptions: one tunnel per call (R49), validated by SCHEMA (R84 etc.), R122 replacement. */
export function modifyVpnTunnelOptions(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const f = findTunnel(core.world, a);
  if (!f.ok) return fail(f.error);
  const { c, t } = f.value;
  const cgw = core.world.customerGateways.get(c.customerGatewayId);
  const others = new Set<string>();
  for (const o of core.world.connections.values()) {
    if (o.state === 'deleted' || (o.vpnGatewayId ?? o.transitGatewayId) !== (c.vpnGatewayId ?? c.transitGatewayId)) continue;
    for (const x of o.tunnels) if (x !== t) others.add(x.options.TunnelInsideCidr);
  }
  const r = validateTunnelOptionsChange(t.options, a['TunnelOptions'], {
    accelerated: c.options.EnableAcceleration, customerGatewayHasIp: cgw?.IpAddress !== undefined,
    insideIpVersion: c.options.TunnelInsideIpVersion, gatewayType: c.vpnGatewayId ? 'vgw' : c.transitGatewayId ? 'tgw' : 'none',
    otherInsideCidrs: others, path: ['TunnelOptions'],
  });
  if (!r.ok) return fail(...r.errors);
  const change = (a['TunnelOptions'] ?? {}) as Record<string, unknown>;
  const skip = a['SkipTunnelReplacement'] === true;
  const lifecycleOnly = Object.keys(change).every((k) => k === 'EnableTunnelLifecycleControl');
  const turningOff = change['EnableTunnelLifecycleControl'] === false && t.options.EnableTunnelLifecycleControl;
  if (turningOff && skip && t.maintenance.pending) {
    // R134: with maintenance pending, turning the feature off must apply it.
    return fail(validationError('IncorrectState', 'SkipTunnelReplacement', 'a maintenance update is pending on this tunnel: turn lifecycle control off without skipping the replacement (R134)', { value: true, allowed: 'false while pending maintenance is Available' }));
  }
  // The device keeps the key it was configured with: a new AWS key is a mismatch until the device changes too.
  if (change['PreSharedKey'] !== undefined) {
    const spec = deviceTunnelSpec(core.world.devices.get(c.customerGatewayId), c, t.index);
    if (spec && spec.PreSharedKey === undefined) editDeviceTunnel(core.world, c, t.index, { PreSharedKey: t.options.PreSharedKey });
  }
  t.options = r.options;
  core.touch();
  if (lifecycleOnly && skip) return { ok: true, result: { VpnConnectionId: c.id }, warnings: r.warnings };
  if (turningOff && t.maintenance.pending) applyAwsMaintenance(core, c, t);
  else replaceEndpoint(core, c, t, 'customer', lifecycleOnly ? 'tunnel endpoint lifecycle control changed (R132)' : 'tunnel options modified (R122)', TUNNEL_CHANGE_MS);
  return { ok: true, result: { VpnConnectionId: c.id, VpnTunnelOutsideIpAddress: t.outsideIpAddress }, warnings: r.warnings };
}

/** ReplaceVpnTunnel (R130): accept a pending update now, or replace the endpoint on request. */
export function replaceVpnTunnel(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const f = findTunnel(core.world, a);
  if (!f.ok) return fail(f.error);
  const { c, t } = f.value;
  if (t.replacement) return fail(validationError('IncorrectState', 'VpnTunnelOutsideIpAddress', `tunnel ${t.outsideIpAddress} is already being replaced`, { value: t.outsideIpAddress }));
  if (t.maintenance.pending) applyAwsMaintenance(core, c, t);
  else replaceEndpoint(core, c, t, 'customer', 'ReplaceVpnTunnel', TUNNEL_CHANGE_MS);
  return { ok: true, result: { Return: true } };
}

/** get-vpn-tunnel-replacement-status (R127, R343). */
export function getVpnTunnelReplacementStatus(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const f = findTunnel(core.world, a);
  if (!f.ok) return fail(f.error);
  const { c, t } = f.value;
  const m = t.maintenance;
  return {
    ok: true,
    result: {
      VpnConnectionId: c.id, CustomerGatewayId: c.customerGatewayId,
      ...(c.vpnGatewayId ? { VpnGatewayId: c.vpnGatewayId } : {}), ...(c.transitGatewayId ? { TransitGatewayId: c.transitGatewayId } : {}),
      VpnTunnelOutsideIpAddress: t.outsideIpAddress,
      MaintenanceDetails: {
        ...(m.pending ? { PendingMaintenance: 'Available' } : { PendingMaintenance: 'None' }),
        ...(m.autoApplyAfter !== null ? { MaintenanceAutoAppliedAfter: isoAt(m.autoApplyAfter) } : {}),
        ...(m.lastApplied !== null ? { LastMaintenanceApplied: isoAt(m.lastApplied) } : {}),
      },
    },
  };
}

/** An AWS-managed endpoint update (R123) on one tunnel, or on both one after the other (R124). */
export function triggerEndpointMaintenance(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const named = a['VpnTunnelOutsideIpAddress'] !== undefined || a['TunnelOutsideIpAddress'] !== undefined || a['TunnelNumber'] !== undefined;
  const critical = a['Critical'] === true;
  if (named) {
    const f = findTunnel(core.world, a);
    if (!f.ok) return fail(f.error);
    scheduleAwsMaintenance(core, f.value.c, f.value.t, critical);
    return { ok: true };
  }
  const fc = findConnection(core.world, a);
  if (!fc.ok) return fail(fc.error);
  for (const t of fc.value.tunnels) scheduleAwsMaintenance(core, fc.value, t, critical);
  return { ok: true };
}
