import { validationError } from '../../schema/validationError';
import type { MetricAlarmSpec } from '../../telemetry/types';
import type { EngineCore } from '../engineCore';
import { fail, type ActionResult } from './actionTypes';
import { safeErrors } from './jsonSafe';
import { createVpnConnection, deleteVpnConnection, modifyVpnConnection, modifyVpnConnectionOptions, vpnConnectionRoute } from './connectionActions';
import { configureDevice, degradePath, deviceDeleteSa, deviceRekey, setDevice, setDeviceNat, setFirewallBlock, setTrafficRate, setTunnelPath } from './faultActions';
import { attachVpnGateway, createVpnGateway, deleteVpnGateway } from './gatewayActions';
import { configureDeviceBgp, configureDeviceInterface } from './deviceActions';
import { createSite, deleteSite } from './siteActions';
import { createCustomerGateway, deleteCustomerGateway, modifyVpnTunnelCertificate, setDirectConnect, setTraffic, vgwRoutePropagation } from './resourceActions';
import { createTransitGateway, createTransitGatewayVpcAttachment, deleteTransitGateway, deleteTransitGatewayVpcAttachment, modifyTransitGateway } from './transitGatewayActions';
import { getVpnTunnelReplacementStatus, modifyVpnTunnelOptions, replaceVpnTunnel, triggerEndpointMaintenance } from './tunnelActions';

type Handler = (core: EngineCore, a: Record<string, unknown>) => ActionResult;

const HANDLERS: Readonly<Record<string, Handler>> = {
  CreateVpnConnection: createVpnConnection,
  DeleteVpnConnection: deleteVpnConnection,
  ModifyVpnTunnelOptions: modifyVpnTunnelOptions,
  ModifyVpnConnectionOptions: modifyVpnConnectionOptions,
  ModifyVpnConnection: modifyVpnConnection,
  CreateVpnConnectionRoute: (c, a) => vpnConnectionRoute(c, a, true),
  DeleteVpnConnectionRoute: (c, a) => vpnConnectionRoute(c, a, false),
  ReplaceVpnTunnel: replaceVpnTunnel,
  GetVpnTunnelReplacementStatus: getVpnTunnelReplacementStatus,
  AttachVpnGateway: (c, a) => attachVpnGateway(c, a, true),
  DetachVpnGateway: (c, a) => attachVpnGateway(c, a, false),
  CreateVpnGateway: createVpnGateway,
  DeleteVpnGateway: deleteVpnGateway,
  CreateTransitGateway: createTransitGateway,
  ModifyTransitGateway: modifyTransitGateway,
  DeleteTransitGateway: deleteTransitGateway,
  CreateTransitGatewayVpcAttachment: createTransitGatewayVpcAttachment,
  DeleteTransitGatewayVpcAttachment: deleteTransitGatewayVpcAttachment,
  ConfigureDeviceBgp: configureDeviceBgp,
  ConfigureDeviceInterface: configureDeviceInterface,
  CreateSite: createSite,
  DeleteSite: deleteSite,
  FailTunnelPath: (c, a) => setTunnelPath(c, a, false),
  RestoreTunnelPath: (c, a) => setTunnelPath(c, a, true),
  FailDevice: (c, a) => setDevice(c, a, false),
  RestoreDevice: (c, a) => setDevice(c, a, true),
  DegradePath: degradePath,
  SetFirewallBlock: setFirewallBlock,
  SetDeviceNat: setDeviceNat,
  ConfigureDevice: configureDevice,
  DeviceDeleteSa: deviceDeleteSa,
  DeviceRekey: deviceRekey,
  TriggerEndpointMaintenance: triggerEndpointMaintenance,
  SetTrafficRate: setTrafficRate,
  StartTraffic: (c, a) => setTraffic(c, a, true),
  StopTraffic: (c, a) => setTraffic(c, a, false),
  CreateCustomerGateway: createCustomerGateway,
  DeleteCustomerGateway: deleteCustomerGateway,
  EnableVgwRoutePropagation: (c, a) => vgwRoutePropagation(c, a, true),
  DisableVgwRoutePropagation: (c, a) => vgwRoutePropagation(c, a, false),
  FailDirectConnect: (c, a) => setDirectConnect(c, a, false),
  RestoreDirectConnect: (c, a) => setDirectConnect(c, a, true),
  ModifyVpnTunnelCertificate: modifyVpnTunnelCertificate,
  // CloudWatch PutMetricAlarm on AWS/VPN metrics (R415); TELEMETRY validates the spec.
  PutMetricAlarm: (core, a) => {
    const { type: _t, Type: _T, ...spec } = a;
    const errors = core.telemetry.putMetricAlarm(spec as unknown as MetricAlarmSpec, core.kernel.now());
    return errors.length > 0 ? fail(...errors) : { ok: true };
  },
};

export const ACTION_TYPES = Object.keys(HANDLERS);

/**
 * Runs one action. Accepts `type` (Engine API) or `Type` (scenario events). Never throws: an
 * unexpected exception becomes an `InternalError` so a bad input cannot take the engine down.
 */
export function dispatchAction(core: EngineCore, action: unknown): ActionResult {
  const r = runAction(core, action);
  return r.ok ? r : { ok: false, errors: safeErrors(r.errors) };
}

function runAction(core: EngineCore, action: unknown): ActionResult {
  if (typeof action !== 'object' || action === null || Array.isArray(action)) {
    return fail(validationError('InvalidAction', 'type', 'an action must be an object with a type', { value: action, allowed: ACTION_TYPES.join(', ') }));
  }
  const a = action as Record<string, unknown>;
  const type = a['type'] ?? a['Type'];
  const handler = typeof type === 'string' && Object.prototype.hasOwnProperty.call(HANDLERS, type) ? HANDLERS[type] : undefined;
  if (!handler) return fail(validationError('InvalidAction', 'type', `unknown action type ${String(type)}`, { value: type, allowed: ACTION_TYPES.join(', ') }));
  try {
    return handler(core, a);
  } catch (e) {
    return fail(validationError('InternalError', 'type', `the engine could not apply ${type}: ${e instanceof Error ? e.message : String(e)}`, { value: type }));
  }
}
