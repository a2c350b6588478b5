/**
 * Cisco IOS (R276: CSRv AMI IOS 12.4+), in the shape of the AWS sample: per tunnel #1 IKE,
 * #2 IPsec, #3 tunnel interface (VTI), #4 BGP or static routes with IP SLA tracking (R324,
 * R325). Unique ISAKMP policy and SLA numbers per tunnel (R289).
 */
import type { ConnectionPlan, TunnelPlan } from '../tunnelPlan';
import type { DeviceConfigCatalogEntry } from '../catalog';
import { commentBlock, headerLines } from '../header';
import { ciscoIosNames as N, toVendor } from '../algorithmNames';
import { cidrToMask } from '../insideAddresses';
import { isGcm } from '../proposalChoice';
import { BGP_HOLD_TIME_SECONDS, BGP_KEEPALIVE_SECONDS, DEVICE_DPD_INTERVAL_SECONDS, TCP_MSS_CLAMP, TUNNEL_INTERFACE_MTU, pathLimit } from '../mtuMss';

const SEP = '! --------------------------------------------------------------------------------';
const tag = (plan: ConnectionPlan, t: TunnelPlan) => `${plan.vpnConnectionId}-${t.number - 1}`;

function ikeSection(plan: ConnectionPlan, t: TunnelPlan): string[] {
  const id = tag(plan, t);
  const p = t.phase1;
  if (t.ikeVersion === 'ikev1') {
    return [
      '! #1: Internet Key Exchange (IKE) Configuration (IKEv1, Main mode only: R235)',
      `crypto isakmp policy ${200 + t.number - 1}`,
      `  encryption ${toVendor(N.isakmpEncryption, p.encryption)}`,
      '  authentication pre-share',
      `  group ${p.dhGroup}`,
      `  lifetime ${t.phase1LifetimeSeconds}`,
      `  hash ${toVendor(N.isakmpHash, p.integrity)}`,
      'exit',
      '',
      `crypto keyring keyring-${id}`,
      `  local-address ${plan.cgwOutsideIp}`,
      `  pre-shared-key address ${t.awsOutsideIp} key ${t.psk}`,
      'exit',
      '',
      `crypto isakmp profile isakmp-${id}`,
      `  local-address ${plan.cgwOutsideIp}`,
      `  match identity address ${t.awsOutsideIp}`,
      `  keyring keyring-${id}`,
      `  keepalive ${DEVICE_DPD_INTERVAL_SECONDS} retry ${DEVICE_DPD_INTERVAL_SECONDS}`,
      'exit',
    ];
  }
  return [
    '! #1: Internet Key Exchange (IKE) Configuration (IKEv2)',
    `crypto ikev2 proposal proposal-${id}`,
    `  encryption ${toVendor(N.ikev2Encryption, p.encryption)}`,
    ...(isGcm(p.encryption) ? [`  prf ${toVendor(N.ikev2Integrity, p.integrity)}`] : [`  integrity ${toVendor(N.ikev2Integrity, p.integrity)}`]),
    `  group ${p.dhGroup}`,
    'exit',
    '',
    `crypto ikev2 policy policy-${id}`,
    `  match address local ${plan.cgwOutsideIp}`,
    `  proposal proposal-${id}`,
    'exit',
    '',
    `crypto ikev2 keyring keyring-${id}`,
    `  peer ${t.awsOutsideIp}`,
    `    address ${t.awsOutsideIp}`,
    `    pre-shared-key ${t.psk}`,
    '  exit',
    'exit',
    '',
    `crypto ikev2 profile ikev2-profile-${id}`,
    `  match identity remote address ${t.awsOutsideIp} 255.255.255.255`,
    `  identity local address ${plan.cgwOutsideIp}`,
    '  authentication remote pre-share',
    '  authentication local pre-share',
    `  keyring local keyring-${id}`,
    `  lifetime ${t.phase1LifetimeSeconds}`,
    `  dpd ${DEVICE_DPD_INTERVAL_SECONDS} ${DEVICE_DPD_INTERVAL_SECONDS} on-demand`,
    'exit',
  ];
}

function ipsecSection(plan: ConnectionPlan, t: TunnelPlan): string[] {
  const id = tag(plan, t);
  const p = t.phase2;
  const transforms = [toVendor(N.espEncryption, p.encryption), ...(isGcm(p.encryption) ? [] : [toVendor(N.espIntegrity, p.integrity)])];
  return [
    '! #2: IPSec Configuration',
    `crypto ipsec transform-set ipsec-prop-${id} ${transforms.join(' ')}`,
    '  mode tunnel',
    'exit',
    '',
    `crypto ipsec profile ipsec-${id}`,
    `  set pfs group${p.dhGroup}`,
    `  set security-association lifetime seconds ${t.phase2LifetimeSeconds}`,
    `  set transform-set ipsec-prop-${id}`,
    ...(t.ikeVersion === 'ikev2' ? [`  set ikev2-profile ikev2-profile-${id}`] : []),
    'exit',
    '',
    '! Clear the DF bit and fragment before encryption (R248, R249).',
    'crypto ipsec df-bit clear',
    'crypto ipsec fragmentation before-encryption',
  ];
}

function tunnelSection(plan: ConnectionPlan, t: TunnelPlan): string[] {
  const limit = pathLimit(t.phase2.encryption, t.phase2.integrity, true);
  return [
    '! #3: Tunnel Interface Configuration',
    `! MTU ${TUNNEL_INTERFACE_MTU} (R242) and MSS ${TCP_MSS_CLAMP} = MTU - 40 (R259); the path itself carries up to ${limit.mtu} with NAT-T for ${t.phase2.encryption}/${t.phase2.integrity} (R251-R258).`,
    `interface Tunnel${t.number}`,
    `  ip address ${t.inside.device} ${t.inside.netmask}`,
    '  ip virtual-reassembly',
    `  tunnel source ${plan.cgwOutsideIp}`,
    `  tunnel destination ${t.awsOutsideIp}`,
    '  tunnel mode ipsec ipv4',
    `  tunnel protection ipsec profile ipsec-${tag(plan, t)}`,
    `  ip tcp adjust-mss ${TCP_MSS_CLAMP}`,
    `  ip mtu ${TUNNEL_INTERFACE_MTU}`,
    '  no shutdown',
    'exit',
  ];
}

function routingSection(plan: ConnectionPlan, t: TunnelPlan): string[] {
  const n = t.inside.aws;
  if (plan.dynamic) {
    return [
      '! #4: Border Gateway Protocol (BGP) Configuration (R243; hold time 30 s, keepalive 10 s)',
      `router bgp ${plan.cgwAsn}`,
      `  neighbor ${n} remote-as ${plan.amazonSideAsn}`,
      `  neighbor ${n} activate`,
      `  neighbor ${n} timers ${BGP_KEEPALIVE_SECONDS} ${BGP_HOLD_TIME_SECONDS} ${BGP_HOLD_TIME_SECONDS}`,
      '  address-family ipv4 unicast',
      `    neighbor ${n} remote-as ${plan.amazonSideAsn}`,
      `    neighbor ${n} timers ${BGP_KEEPALIVE_SECONDS} ${BGP_HOLD_TIME_SECONDS} ${BGP_HOLD_TIME_SECONDS}`,
      ...plan.customerCidrs.map((c) => (c === '0.0.0.0/0' ? `    neighbor ${n} default-originate` : `    network ${cidrToMask(c)?.address} mask ${cidrToMask(c)?.netmask}`)),
      `    neighbor ${n} activate`,
      `    neighbor ${n} soft-reconfiguration inbound`,
      '  exit',
      'exit',
    ];
  }
  const sla = 100 * t.number;
  return [
    '! #4: Static Route Configuration (R306, R324): the route follows the SLA monitor of the tunnel (R325).',
    `ip sla ${sla}`,
    `  icmp-echo ${n} source-interface Tunnel${t.number}`,
    '  timeout 1000',
    '  frequency 5',
    'exit',
    `ip sla schedule ${sla} life forever start-time now`,
    `track ${sla} ip sla ${sla} reachability`,
    ...plan.vpcCidrs.map((c) => `ip route ${cidrToMask(c)?.address} ${cidrToMask(c)?.netmask} Tunnel${t.number} track ${sla}`),
  ];
}

export function ciscoIosConfig(plan: ConnectionPlan, entry: DeviceConfigCatalogEntry): string {
  const out: string[] = [commentBlock('! ', headerLines(plan, entry, plan.tunnels[0].ikeVersion)), '!'];
  if (plan.localCidr !== '0.0.0.0/0' || plan.remoteCidr !== '0.0.0.0/0') {
    out.push(`! The connection narrows its traffic selectors to ${plan.localCidr} <-> ${plan.remoteCidr} (R67); a VTI proposes any/any, so narrow the IPsec profile's ACL accordingly.`);
  }
  for (const t of plan.tunnels) {
    out.push(SEP, `! IPSec Tunnel #${t.number}`, SEP, '', ...ikeSection(plan, t), '', ...ipsecSection(plan, t), '', ...tunnelSection(plan, t), '', ...routingSection(plan, t), '');
  }
  return `${out.join('\n')}\n`;
}
