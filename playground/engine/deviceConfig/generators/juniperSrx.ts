/**
 * Juniper SRX (R276: JunOS 11.0+) `set` commands in the shape of the AWS sample: outside
 * interface ge-0/0/0.0, tunnel interfaces st0.1 / st0.2, zones untrust / trust (R290).
 */
import type { ConnectionPlan, TunnelPlan } from '../tunnelPlan';
import type { DeviceConfigCatalogEntry } from '../catalog';
import { commentBlock, headerLines } from '../header';
import { juniperNames as N, toVendor } from '../algorithmNames';
import { isGcm } from '../proposalChoice';
import { BGP_HOLD_TIME_SECONDS, DEVICE_DPD_INTERVAL_SECONDS, DEVICE_DPD_RETRIES, TCP_MSS_CLAMP, TUNNEL_INTERFACE_MTU } from '../mtuMss';

function tunnel(plan: ConnectionPlan, t: TunnelPlan): string[] {
  const id = `${plan.vpnConnectionId}-${t.number}`;
  const st = `st0.${t.number}`;
  const p1 = t.phase1;
  const p2 = t.phase2;
  return [
    `# IPSec Tunnel #${t.number}: AWS ${t.awsOutsideIp}, inside ${t.inside.cidr}`,
    '# #1: Internet Key Exchange (IKE) Configuration',
    `set security ike proposal ike-prop-${id} authentication-method pre-shared-keys`,
    `set security ike proposal ike-prop-${id} authentication-algorithm ${toVendor(N.ikeAuth, p1.integrity)}`,
    `set security ike proposal ike-prop-${id} encryption-algorithm ${toVendor(N.encryption, p1.encryption)}`,
    `set security ike proposal ike-prop-${id} lifetime-seconds ${t.phase1LifetimeSeconds}`,
    `set security ike proposal ike-prop-${id} dh-group group${p1.dhGroup}`,
    ...(t.ikeVersion === 'ikev1' ? [`set security ike policy ike-pol-${id} mode main`] : []),
    `set security ike policy ike-pol-${id} proposals ike-prop-${id}`,
    `set security ike policy ike-pol-${id} pre-shared-key ascii-text "${t.psk}"`,
    `set security ike gateway gw-${id} ike-policy ike-pol-${id}`,
    'set security ike gateway gw-' + id + ' external-interface ge-0/0/0.0',
    `set security ike gateway gw-${id} address ${t.awsOutsideIp}`,
    `set security ike gateway gw-${id} local-address ${plan.cgwOutsideIp}`,
    `set security ike gateway gw-${id} dead-peer-detection interval ${DEVICE_DPD_INTERVAL_SECONDS}`,
    `set security ike gateway gw-${id} dead-peer-detection threshold ${DEVICE_DPD_RETRIES}`,
    `set security ike gateway gw-${id} version ${t.ikeVersion === 'ikev2' ? 'v2-only' : 'v1-only'}`,
    '',
    '# #2: IPSec Configuration',
    `set security ipsec proposal ipsec-prop-${id} protocol esp`,
    ...(isGcm(p2.encryption) ? [] : [`set security ipsec proposal ipsec-prop-${id} authentication-algorithm ${toVendor(N.ipsecAuth, p2.integrity)}`]),
    `set security ipsec proposal ipsec-prop-${id} encryption-algorithm ${toVendor(N.encryption, p2.encryption)}`,
    `set security ipsec proposal ipsec-prop-${id} lifetime-seconds ${t.phase2LifetimeSeconds}`,
    `set security ipsec policy ipsec-pol-${id} perfect-forward-secrecy keys group${p2.dhGroup}`,
    `set security ipsec policy ipsec-pol-${id} proposals ipsec-prop-${id}`,
    `set security ipsec vpn ${id} bind-interface ${st}`,
    `set security ipsec vpn ${id} ike gateway gw-${id}`,
    `set security ipsec vpn ${id} ike ipsec-policy ipsec-pol-${id}`,
    ...(plan.localCidr !== '0.0.0.0/0' || plan.remoteCidr !== '0.0.0.0/0'
      ? [`set security ipsec vpn ${id} traffic-selector ts1 local-ip ${plan.localCidr}`, `set security ipsec vpn ${id} traffic-selector ts1 remote-ip ${plan.remoteCidr}`]
      : []),
    `set security ipsec vpn ${id} df-bit clear`,
    `set security ipsec vpn ${id} establish-tunnels immediately`,
    '',
    '# #3: Tunnel Interface Configuration',
    `set interfaces st0 unit ${t.number} family inet address ${t.inside.device}/30`,
    `set interfaces st0 unit ${t.number} family inet mtu ${TUNNEL_INTERFACE_MTU}`,
    `set security zones security-zone trust interfaces ${st}`,
    '',
  ];
}

function routing(plan: ConnectionPlan): string[] {
  if (!plan.dynamic) {
    return ['# #4: Static routes to the VPC over both tunnels (R306)', ...plan.vpcCidrs.flatMap((c) => [`set routing-options static route ${c} next-hop st0.1`, `set routing-options static route ${c} qualified-next-hop st0.2 preference 10`])];
  }
  return [
    '# #4: Border Gateway Protocol (BGP) Configuration',
    ...plan.customerCidrs.map((c) => `set policy-options policy-statement EXPORT-TO-AWS term local from route-filter ${c} exact`),
    'set policy-options policy-statement EXPORT-TO-AWS term local then accept',
    'set policy-options policy-statement EXPORT-TO-AWS term reject then reject',
    'set protocols bgp group ebgp type external',
    ...plan.tunnels.flatMap((t) => [
      `set protocols bgp group ebgp neighbor ${t.inside.aws} export EXPORT-TO-AWS`,
      `set protocols bgp group ebgp neighbor ${t.inside.aws} peer-as ${plan.amazonSideAsn}`,
      `set protocols bgp group ebgp neighbor ${t.inside.aws} local-address ${t.inside.device}`,
      `set protocols bgp group ebgp neighbor ${t.inside.aws} hold-time ${BGP_HOLD_TIME_SECONDS}`,
    ]),
    `set routing-options autonomous-system ${plan.cgwAsn}`,
    ...(plan.customerCidrs.includes('0.0.0.0/0') ? ['# 0.0.0.0/0 is exported only while the SRX has a default route in inet.0 (R305).'] : []),
  ];
}

export function juniperSrxConfig(plan: ConnectionPlan, entry: DeviceConfigCatalogEntry): string {
  return `${[
    commentBlock('# ', headerLines(plan, entry, plan.tunnels[0].ikeVersion)),
    'set security zones security-zone untrust interfaces ge-0/0/0.0 host-inbound-traffic system-services ike',
    `set security flow tcp-mss ipsec-vpn mss ${TCP_MSS_CLAMP}`,
    '',
    ...plan.tunnels.flatMap((t) => tunnel(plan, t)),
    ...routing(plan),
  ].join('\n')}\n`;
}
