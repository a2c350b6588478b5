/**
 * Fortinet FortiGate CLI (R276: FortiOS 6.4.4+). Per tunnel a route-based phase1-interface and
 * phase2-interface, the tunnel interface with the inside addresses (R61), MTU and MSS, then BGP
 * or static routes. IKEv1 uses main mode (R235).
 */
import type { ConnectionPlan, TunnelPlan } from '../tunnelPlan';
import type { DeviceConfigCatalogEntry } from '../catalog';
import { commentBlock, headerLines, shortId } from '../header';
import { fortinetNames as N, toVendor } from '../algorithmNames';
import { cidrToMask } from '../insideAddresses';
import { isGcm, type ProposalChoice } from '../proposalChoice';
import { BGP_HOLD_TIME_SECONDS, BGP_KEEPALIVE_SECONDS, DEVICE_DPD_INTERVAL_SECONDS, DEVICE_DPD_RETRIES, TCP_MSS_CLAMP, TUNNEL_INTERFACE_MTU } from '../mtuMss';

export const fortinetTunnelName = (plan: ConnectionPlan, t: TunnelPlan): string => `aws-${shortId(plan.vpnConnectionId)}-${t.number}`;

function proposal(p: ProposalChoice, phase: 1 | 2): string {
  const enc = toVendor(N.encryption, p.encryption);
  const integ = toVendor(N.integrity, p.integrity);
  if (!isGcm(p.encryption)) return `${enc}-${integ}`;
  return phase === 1 ? `${enc}-prf${integ}` : enc;
}

const mask = (cidr: string): string => { const m = cidrToMask(cidr); return m ? `${m.address} ${m.netmask}` : cidr; };

function phases(plan: ConnectionPlan, t: TunnelPlan): string[] {
  const name = fortinetTunnelName(plan, t);
  return [
    `# IPsec Tunnel #${t.number}: AWS ${t.awsOutsideIp}; AWS allows phase 1 ${t.allowed.Phase1EncryptionAlgorithms.join('/')} ${t.allowed.Phase1IntegrityAlgorithms.join('/')} DH ${t.allowed.Phase1DHGroupNumbers.join('/')}, the tunnel proposes one of each (R89).`,
    'config vpn ipsec phase1-interface',
    `    edit "${name}"`,
    '        set interface "wan1"',
    `        set ike-version ${t.ikeVersion === 'ikev2' ? 2 : 1}`,
    ...(t.ikeVersion === 'ikev1' ? ['        set mode main'] : []),
    '        set peertype any',
    '        set net-device disable',
    `        set proposal ${proposal(t.phase1, 1)}`,
    `        set dhgrp ${t.phase1.dhGroup}`,
    `        set keylife ${t.phase1LifetimeSeconds}`,
    `        set local-gw ${plan.cgwOutsideIp}`,
    `        set remote-gw ${t.awsOutsideIp}`,
    `        set psksecret ${t.psk}`,
    '        set dpd on-idle',
    `        set dpd-retryinterval ${DEVICE_DPD_INTERVAL_SECONDS}`,
    `        set dpd-retrycount ${DEVICE_DPD_RETRIES}`,
    '    next',
    'end',
    'config vpn ipsec phase2-interface',
    `    edit "${name}"`,
    `        set phase1name "${name}"`,
    `        set proposal ${proposal(t.phase2, 2)}`,
    '        set pfs enable',
    `        set dhgrp ${t.phase2.dhGroup}`,
    `        set keylifeseconds ${t.phase2LifetimeSeconds}`,
    '        set auto-negotiate enable',
    `        set src-subnet ${mask(plan.localCidr)}`,
    `        set dst-subnet ${mask(plan.remoteCidr)}`,
    '    next',
    'end',
    'config system interface',
    `    edit "${name}"`,
    `        set ip ${t.inside.device} 255.255.255.255`,
    `        set remote-ip ${t.inside.aws} ${t.inside.netmask}`,
    '        set allowaccess ping',
    '        set type tunnel',
    `        set tcp-mss ${TCP_MSS_CLAMP}`,
    '        set mtu-override enable',
    `        set mtu ${TUNNEL_INTERFACE_MTU}`,
    '        set interface "wan1"',
    '    next',
    'end',
  ];
}

function routing(plan: ConnectionPlan): string[] {
  if (plan.dynamic) {
    return [
      '# BGP over both tunnels (R243, R305); hold time 30 s, keepalive 10 s.',
      'config router bgp',
      `    set as ${plan.cgwAsn}`,
      `    set router-id ${plan.tunnels[0].inside.device}`,
      '    config neighbor',
      ...plan.tunnels.flatMap((t) => [`        edit "${t.inside.aws}"`, `            set remote-as ${plan.amazonSideAsn}`, `            set keep-alive-timer ${BGP_KEEPALIVE_SECONDS}`, `            set holdtime-timer ${BGP_HOLD_TIME_SECONDS}`, '        next']),
      '    end',
      '    config network',
      ...plan.customerCidrs.flatMap((c, i) => [`        edit ${i + 1}`, `            set prefix ${mask(c)}`, '        next']),
      '    end',
      'end',
    ];
  }
  return [
    '# Static routes to the VPC through both tunnels (R306); tunnel 2 has the higher distance.',
    'config router static',
    ...plan.vpcCidrs.flatMap((c) => plan.tunnels.flatMap((t) => ['    edit 0', `        set dst ${mask(c)}`, `        set device "${fortinetTunnelName(plan, t)}"`, `        set distance ${t.number === 1 ? 10 : 20}`, '    next'])),
    'end',
  ];
}

export function fortinetConfig(plan: ConnectionPlan, entry: DeviceConfigCatalogEntry): string {
  return `${[
    commentBlock('# ', headerLines(plan, entry, plan.tunnels[0].ikeVersion)),
    '# Firewall policies allowing traffic between the LAN and the tunnel interfaces are still needed.',
    ...plan.tunnels.flatMap((t) => phases(plan, t)),
    ...routing(plan),
  ].join('\n')}\n`;
}
