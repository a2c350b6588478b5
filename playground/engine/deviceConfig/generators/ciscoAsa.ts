/**
 * Cisco ASA with virtual tunnel interfaces (R276: ASA 9.7+ VTI, which allows Active/Active,
 * R288). Per tunnel an IKE policy, IPsec proposal and profile, tunnel-group with the PSK, the
 * VTI, then BGP or static routes. Unique policy numbers per tunnel (R289).
 */
import type { ConnectionPlan, TunnelPlan } from '../tunnelPlan';
import type { DeviceConfigCatalogEntry } from '../catalog';
import { commentBlock, headerLines } from '../header';
import { cidrToMask } from '../insideAddresses';
import { isGcm } from '../proposalChoice';
import { BGP_HOLD_TIME_SECONDS, BGP_KEEPALIVE_SECONDS, DEVICE_DPD_INTERVAL_SECONDS, DEVICE_DPD_RETRIES, TCP_MSS_CLAMP, TUNNEL_INTERFACE_MTU } from '../mtuMss';

const ASA_ENC: Record<string, string> = { AES128: 'aes', AES256: 'aes-256', 'AES128-GCM-16': 'aes-gcm', 'AES256-GCM-16': 'aes-gcm-256' };
/** IPsec (ESP) integrity in ikev2 ipsec-proposal. */
const ASA_HASH: Record<string, string> = { SHA1: 'sha-1', 'SHA2-256': 'sha-256', 'SHA2-384': 'sha-384', 'SHA2-512': 'sha-512' };
/** IKE policy hash / integrity / prf. */
const ASA_IKE_HASH: Record<string, string> = { SHA1: 'sha', 'SHA2-256': 'sha256', 'SHA2-384': 'sha384', 'SHA2-512': 'sha512' };
const ASA_V1_ESP_HASH: Record<string, string> = { SHA1: 'esp-sha-hmac', 'SHA2-256': 'esp-sha256-hmac', 'SHA2-384': 'esp-sha384-hmac', 'SHA2-512': 'esp-sha512-hmac' };

function tunnel(plan: ConnectionPlan, t: TunnelPlan): string[] {
  const id = `${plan.vpnConnectionId}-${t.number - 1}`;
  const v2 = t.ikeVersion === 'ikev2';
  const p1 = t.phase1;
  const p2 = t.phase2;
  const ike = v2
    ? [`crypto ikev2 policy ${200 + t.number - 1}`, `  encryption ${ASA_ENC[p1.encryption] ?? 'aes'}`, `  integrity ${isGcm(p1.encryption) ? 'null' : ASA_IKE_HASH[p1.integrity] ?? 'sha'}`, `  prf ${ASA_IKE_HASH[p1.integrity] ?? 'sha'}`, `  group ${p1.dhGroup}`, `  lifetime seconds ${t.phase1LifetimeSeconds}`, 'crypto ikev2 enable outside']
    : [`crypto ikev1 policy ${200 + t.number - 1}`, '  authentication pre-share', `  encryption ${ASA_ENC[p1.encryption] ?? 'aes'}`, `  hash ${ASA_IKE_HASH[p1.integrity] ?? 'sha'}`, `  group ${p1.dhGroup}`, `  lifetime ${t.phase1LifetimeSeconds}`, 'crypto ikev1 enable outside'];
  const ipsec = v2
    ? [`crypto ipsec ikev2 ipsec-proposal ipsec-prop-${id}`, `  protocol esp encryption ${ASA_ENC[p2.encryption] ?? 'aes'}`, `  protocol esp integrity ${isGcm(p2.encryption) ? 'null' : ASA_HASH[p2.integrity] ?? 'sha-1'}`]
    : [`crypto ipsec ikev1 transform-set ipsec-prop-${id} esp-${ASA_ENC[p2.encryption] ?? 'aes'} ${ASA_V1_ESP_HASH[p2.integrity] ?? 'esp-sha-hmac'}`];
  return [
    `! IPSec Tunnel #${t.number}: AWS ${t.awsOutsideIp}, inside ${t.inside.cidr}`,
    '! #1: Internet Key Exchange (IKE) Configuration',
    ...ike, '',
    '! #2: IPSec Configuration',
    ...ipsec,
    `crypto ipsec profile ipsec-${id}`,
    `  set ${v2 ? 'ikev2 ipsec-proposal' : 'ikev1 transform-set'} ipsec-prop-${id}`,
    `  set pfs group${p2.dhGroup}`,
    `  set security-association lifetime seconds ${t.phase2LifetimeSeconds}`,
    `tunnel-group ${t.awsOutsideIp} type ipsec-l2l`,
    `tunnel-group ${t.awsOutsideIp} ipsec-attributes`,
    ...(v2 ? [`  ikev2 remote-authentication pre-shared-key ${t.psk}`, `  ikev2 local-authentication pre-shared-key ${t.psk}`] : [`  ikev1 pre-shared-key ${t.psk}`]),
    `  isakmp keepalive threshold ${DEVICE_DPD_INTERVAL_SECONDS} retry ${Math.max(2, DEVICE_DPD_RETRIES)}`,
    '',
    '! #3: Tunnel Interface Configuration (VTI)',
    `interface Tunnel${t.number}`,
    `  nameif AWS-T${t.number}`,
    `  ip address ${t.inside.device} ${t.inside.netmask}`,
    '  tunnel source interface outside',
    `  tunnel destination ${t.awsOutsideIp}`,
    '  tunnel mode ipsec ipv4',
    `  tunnel protection ipsec profile ipsec-${id}`,
    `mtu AWS-T${t.number} ${TUNNEL_INTERFACE_MTU}`,
    '',
  ];
}

function routing(plan: ConnectionPlan): string[] {
  if (!plan.dynamic) {
    return ['! #4: Static routes to the VPC (R306); tunnel 2 is the backup', ...plan.vpcCidrs.flatMap((c) => plan.tunnels.map((t) => `route AWS-T${t.number} ${cidrToMask(c)?.address} ${cidrToMask(c)?.netmask} ${t.inside.aws} ${t.number}`))];
  }
  return [
    '! #4: Border Gateway Protocol (BGP) Configuration',
    'router bgp ' + plan.cgwAsn,
    '  bgp log-neighbor-changes',
    '  address-family ipv4 unicast',
    ...plan.tunnels.flatMap((t) => [`    neighbor ${t.inside.aws} remote-as ${plan.amazonSideAsn}`, `    neighbor ${t.inside.aws} timers ${BGP_KEEPALIVE_SECONDS} ${BGP_HOLD_TIME_SECONDS} ${BGP_HOLD_TIME_SECONDS}`, `    neighbor ${t.inside.aws} activate`]),
    ...plan.customerCidrs.map((c) => `    network ${cidrToMask(c)?.address} mask ${cidrToMask(c)?.netmask}`),
    '  exit-address-family',
  ];
}

export function ciscoAsaConfig(plan: ConnectionPlan, entry: DeviceConfigCatalogEntry): string {
  return `${[
    commentBlock('! ', headerLines(plan, entry, plan.tunnels[0].ikeVersion)),
    `! TCP MSS ${TCP_MSS_CLAMP} = MTU ${TUNNEL_INTERFACE_MTU} - 40 (R242, R259); clear the DF bit and fragment before encryption (R248, R249).`,
    `sysopt connection tcpmss ${TCP_MSS_CLAMP}`,
    'crypto ipsec df-bit clear-df outside',
    'crypto ipsec fragmentation before-encryption outside',
    '',
    ...plan.tunnels.flatMap((t) => tunnel(plan, t)),
    ...routing(plan),
  ].join('\n')}\n`;
}
