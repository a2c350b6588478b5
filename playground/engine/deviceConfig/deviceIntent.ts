/**
 * The customer gateway device a generated file configures, in the scenario's device shape
 * (R14). Round-trip tests compare a parsed file against this, and the engine can run it
 * directly: same PSK as AWS (R96), one proposal per phase from the allowed lists, PFS on
 * (R240), the AWS lifetimes, DPD on (R116), BGP or static routes, MTU/MSS (R242, R259).
 */
import type { CustomerGatewayDeviceSpec, DeviceTunnelSpec } from '../schema/deviceSchema';
import type { DEVICE_DH_GROUPS, DEVICE_ENCRYPTION_ALGORITHMS, DEVICE_INTEGRITY_ALGORITHMS } from '../schema/deviceSchema';
import type { ConnectionPlan, TunnelPlan } from './tunnelPlan';
import type { DeviceConfigCatalogEntry } from './catalog';
import { DEVICE_DPD_INTERVAL_SECONDS, DEVICE_DPD_RETRIES, TCP_MSS_CLAMP, TUNNEL_INTERFACE_MTU } from './mtuMss';

export type Enc = (typeof DEVICE_ENCRYPTION_ALGORITHMS)[number];
export type Integ = (typeof DEVICE_INTEGRITY_ALGORITHMS)[number];
export type Dh = (typeof DEVICE_DH_GROUPS)[number];

export function tunnelIntent(plan: ConnectionPlan, t: TunnelPlan): DeviceTunnelSpec {
  return {
    VpnConnectionId: plan.vpnConnectionId,
    TunnelNumber: t.number,
    PreSharedKey: t.psk,
    IkeVersion: t.ikeVersion,
    Phase1Proposal: { EncryptionAlgorithms: [t.phase1.encryption as Enc], IntegrityAlgorithms: [t.phase1.integrity as Integ], DHGroupNumbers: [t.phase1.dhGroup as Dh] },
    Phase2Proposal: { EncryptionAlgorithms: [t.phase2.encryption as Enc], IntegrityAlgorithms: [t.phase2.integrity as Integ], DHGroupNumbers: [t.phase2.dhGroup as Dh], Pfs: true },
    Phase1LifetimeSeconds: t.phase1LifetimeSeconds,
    Phase2LifetimeSeconds: t.phase2LifetimeSeconds,
    Dpd: { Enabled: true, IntervalSeconds: DEVICE_DPD_INTERVAL_SECONDS, Retries: DEVICE_DPD_RETRIES },
    TrafficSelectors: { Local: plan.localCidr, Remote: plan.remoteCidr },
    Initiate: true,
  };
}

export function deviceIntent(plan: ConnectionPlan, entry: DeviceConfigCatalogEntry): CustomerGatewayDeviceSpec {
  const device: CustomerGatewayDeviceSpec = {
    CustomerGatewayId: plan.customerGatewayId,
    Vendor: entry.vendor,
    Platform: entry.platform,
    Software: entry.software,
    Tunnels: plan.tunnels.map((t) => tunnelIntent(plan, t)),
    TcpMssClamp: TCP_MSS_CLAMP,
    Mtu: TUNNEL_INTERFACE_MTU,
  };
  if (plan.dynamic) {
    device.Bgp = { Enabled: true, Asn: plan.cgwAsn, PeerAsn: plan.amazonSideAsn, AdvertisedPrefixes: [...plan.customerCidrs] };
  } else {
    device.StaticRoutes = plan.vpcCidrs.flatMap((cidr) =>
      plan.tunnels.map((t) => ({ DestinationCidrBlock: cidr, VpnConnectionId: plan.vpnConnectionId, TunnelNumber: t.number })),
    );
  }
  return device;
}
