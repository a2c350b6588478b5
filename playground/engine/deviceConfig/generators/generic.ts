/**
 * The vendor-agnostic file (R273, R274), in the layout of AWS's generic configuration: per
 * tunnel #1 IKE, #2 IPsec, #3 tunnel interface, #4 BGP or static routing, with real values
 * where the AWS example has placeholders.
 */
import type { ConnectionPlan, TunnelPlan } from '../tunnelPlan';
import type { DeviceConfigCatalogEntry } from '../catalog';
import { commentBlock, headerLines } from '../header';
import { BGP_HOLD_TIME_SECONDS, BGP_KEEPALIVE_SECONDS, DEVICE_DPD_INTERVAL_SECONDS, DEVICE_DPD_RETRIES, TCP_MSS_CLAMP, TUNNEL_INTERFACE_MTU, pathLimit } from '../mtuMss';
import { isGcm } from '../proposalChoice';

const RULE = '================================================================================';
const row = (label: string, value: string | number) => `  - ${label.padEnd(34)}: ${value}`;

function tunnel(plan: ConnectionPlan, t: TunnelPlan): string[] {
  const limit = pathLimit(t.phase2.encryption, t.phase2.integrity, false);
  const limitNatT = pathLimit(t.phase2.encryption, t.phase2.integrity, true);
  return [
    `IPSec Tunnel #${t.number}`, RULE,
    '#1: Internet Key Exchange Configuration', '',
    row('IKE version', t.ikeVersion === 'ikev2' ? 'IKEv2' : 'IKEv1'),
    row('Authentication Method', 'Pre-Shared Key'),
    row('Pre-Shared Key', t.psk),
    row('Authentication Algorithm', t.phase1.integrity),
    row('Encryption Algorithm', t.phase1.encryption),
    row('Lifetime', `${t.phase1LifetimeSeconds} seconds`),
    ...(t.ikeVersion === 'ikev1' ? [row('Phase 1 Negotiation Mode', 'main (R235: no aggressive mode)')] : []),
    row('Diffie-Hellman', `Group ${t.phase1.dhGroup}`),
    row('AWS also accepts (encryption)', t.allowed.Phase1EncryptionAlgorithms.join(', ')),
    row('AWS also accepts (integrity)', t.allowed.Phase1IntegrityAlgorithms.join(', ')),
    row('AWS also accepts (DH groups)', t.allowed.Phase1DHGroupNumbers.join(', ')),
    '', '#2: IPSec Configuration', '',
    row('Protocol', 'esp'),
    row('Authentication Algorithm', isGcm(t.phase2.encryption) ? `none (${t.phase2.encryption} is AEAD)` : t.phase2.integrity),
    row('Encryption Algorithm', t.phase2.encryption),
    row('Lifetime', `${t.phase2LifetimeSeconds} seconds`),
    row('Mode', 'tunnel'),
    row('Perfect Forward Secrecy', `Diffie-Hellman Group ${t.phase2.dhGroup}`),
    row('Traffic selectors (local/remote)', `${plan.localCidr} / ${plan.remoteCidr}`),
    row('DPD Interval', DEVICE_DPD_INTERVAL_SECONDS),
    row('DPD Retries', DEVICE_DPD_RETRIES),
    row('AWS DPD timeout / action', `${t.dpdTimeoutSeconds} s / ${t.dpdTimeoutAction}`),
    row('TCP MSS Adjustment', `${TCP_MSS_CLAMP} bytes`),
    row('Clear Don\'t Fragment Bit', 'enabled'),
    row('Fragmentation', 'Before encryption'),
    '', '#3: Tunnel Interface Configuration', '',
    'Outside IP Addresses:',
    row('Customer Gateway', plan.cgwOutsideIp),
    row(plan.gatewayLabel, t.awsOutsideIp),
    'Inside IP Addresses:',
    row('Customer Gateway', `${t.inside.device}/30`),
    row(plan.gatewayLabel, `${t.inside.aws}/30`),
    row('Tunnel interface MTU', `${TUNNEL_INTERFACE_MTU} bytes (R242)`),
    row('Path limit (R251-R258)', `MTU ${limit.mtu} without NAT-T, ${limitNatT.mtu} with NAT-T`),
    '', plan.dynamic ? '#4: Border Gateway Protocol (BGP) Configuration' : '#4: Static Routing Configuration', '',
    ...(plan.dynamic
      ? [row('Customer Gateway ASN', plan.cgwAsn), row(`${plan.gatewayLabel} ASN`, plan.amazonSideAsn), row('Neighbor IP Address', t.inside.aws), row('Neighbor Hold Time', BGP_HOLD_TIME_SECONDS), row('Keepalive', BGP_KEEPALIVE_SECONDS), row('Advertise', plan.customerCidrs.join(', '))]
      : [...plan.vpcCidrs.map((c) => row('Static route', `${c} via ${t.inside.aws} (tunnel ${t.number})`)), row('Prefixes AWS routes to you', plan.customerCidrs.join(', ') || '(none yet: add VPN static routes, R306)')]),
    '',
  ];
}

export function genericConfig(plan: ConnectionPlan, entry: DeviceConfigCatalogEntry): string {
  return [
    commentBlock('# ', headerLines(plan, entry, plan.tunnels[0].ikeVersion)), '',
    'VPN Connection Configuration', RULE,
    row('Your VPN Connection ID', plan.vpnConnectionId),
    row(`Your ${plan.gatewayLabel} ID`, plan.gatewayId),
    row('Your Customer Gateway ID', plan.customerGatewayId),
    '',
    'Firewall between the device and the internet (R261-R270): allow UDP 500, IP protocol 50 (ESP)',
    `and, with NAT traversal, UDP 4500, both ways between ${plan.cgwOutsideIp} and ${plan.tunnels.map((t) => t.awsOutsideIp).join(' / ')}.`,
    '',
    ...plan.tunnels.flatMap((t) => tunnel(plan, t)),
  ].join('\n');
}
