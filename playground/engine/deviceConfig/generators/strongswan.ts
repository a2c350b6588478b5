/**
 * strongSwan swanctl.conf (R276: Strongswan 5.5.1+). One connection per tunnel, each child bound
 * to its own XFRM interface (if_id) so the VPN is route-based (R236, R242) and BGP (FRR) or
 * static routes can use it. IKEv1 connections use Main mode only (R235: aggressive = no).
 */
import type { ConnectionPlan, TunnelPlan } from '../tunnelPlan';
import type { DeviceConfigCatalogEntry } from '../catalog';
import { commentBlock, headerLines } from '../header';
import { strongswanNames as N, toVendor } from '../algorithmNames';
import { isGcm } from '../proposalChoice';
import { BGP_HOLD_TIME_SECONDS, BGP_KEEPALIVE_SECONDS, DEVICE_DPD_INTERVAL_SECONDS, DEVICE_DPD_RETRIES, TCP_MSS_CLAMP, TUNNEL_INTERFACE_MTU } from '../mtuMss';

export const connectionName = (t: TunnelPlan): string => `aws-tunnel${t.number}`;

function ikeProposal(t: TunnelPlan): string {
  const p = t.phase1;
  // An AEAD IKE proposal still names a PRF; strongSwan reads the integrity keyword as the PRF.
  return [toVendor(N.encryption, p.encryption), toVendor(N.integrity, p.integrity), toVendor(N.dh, p.dhGroup)].join('-');
}

function espProposal(t: TunnelPlan): string {
  const p = t.phase2;
  const parts = [toVendor(N.encryption, p.encryption)];
  if (!isGcm(p.encryption)) parts.push(toVendor(N.integrity, p.integrity));
  parts.push(toVendor(N.dh, p.dhGroup)); // PFS group (R240)
  return parts.join('-');
}

function connection(plan: ConnectionPlan, t: TunnelPlan): string[] {
  const name = connectionName(t);
  const v1 = t.ikeVersion === 'ikev1';
  return [
    `  # IPsec Tunnel #${t.number}: AWS ${t.awsOutsideIp}, inside ${t.inside.cidr} (AWS ${t.inside.aws}, device ${t.inside.device}, R61)`,
    `  # AWS allows phase 1 ${t.allowed.Phase1EncryptionAlgorithms.join('/')} | ${t.allowed.Phase1IntegrityAlgorithms.join('/')} | DH ${t.allowed.Phase1DHGroupNumbers.join('/')};`,
    `  # this device proposes exactly one of each so AWS can only pick it (R89).`,
    `  ${name} {`,
    `    version = ${v1 ? 1 : 2}`,
    ...(v1 ? ['    aggressive = no'] : []),
    `    local_addrs = ${plan.cgwOutsideIp}`,
    `    remote_addrs = ${t.awsOutsideIp}`,
    `    proposals = ${ikeProposal(t)}`,
    `    rekey_time = ${t.phase1LifetimeSeconds}s`,
    `    dpd_delay = ${DEVICE_DPD_INTERVAL_SECONDS}s`,
    ...(v1 ? [`    dpd_timeout = ${DEVICE_DPD_INTERVAL_SECONDS * DEVICE_DPD_RETRIES}s`] : []),
    `    local {`,
    `      auth = psk`,
    `      id = ${plan.cgwOutsideIp}`,
    `    }`,
    `    remote {`,
    `      auth = psk`,
    `      id = ${t.awsOutsideIp}`,
    `    }`,
    `    children {`,
    `      ${name} {`,
    `        local_ts = ${plan.localCidr}`,
    `        remote_ts = ${plan.remoteCidr}`,
    `        esp_proposals = ${espProposal(t)}`,
    `        rekey_time = ${t.phase2LifetimeSeconds}s`,
    `        mode = tunnel`,
    `        if_id_in = ${t.number}`,
    `        if_id_out = ${t.number}`,
    `        dpd_action = restart`,
    `        start_action = start`,
    `      }`,
    `    }`,
    `  }`,
  ];
}

function interfaceNotes(plan: ConnectionPlan): string[] {
  const out: string[] = ['Route-based tunnel interfaces (run once, as root; R242 MTU, R259 MSS):'];
  for (const t of plan.tunnels) {
    out.push(
      `  ip link add xfrm-aws${t.number} type xfrm dev eth0 if_id ${t.number}`,
      `  ip addr add ${t.inside.device}/30 dev xfrm-aws${t.number}`,
      `  ip link set xfrm-aws${t.number} mtu ${TUNNEL_INTERFACE_MTU} up`,
      `  iptables -t mangle -A FORWARD -o xfrm-aws${t.number} -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss ${TCP_MSS_CLAMP}`,
    );
  }
  if (plan.dynamic) {
    out.push('', 'BGP (FRR bgpd.conf), one neighbor per tunnel (R243, R305):', `  router bgp ${plan.cgwAsn}`);
    for (const t of plan.tunnels) out.push(`    neighbor ${t.inside.aws} remote-as ${plan.amazonSideAsn}`, `    neighbor ${t.inside.aws} timers ${BGP_KEEPALIVE_SECONDS} ${BGP_HOLD_TIME_SECONDS}`);
    out.push('    address-family ipv4 unicast');
    for (const p of plan.customerCidrs) out.push(`      network ${p}`);
    out.push('    exit-address-family');
  } else {
    out.push('', 'Static routes to the VPC over both tunnels (R306):');
    for (const cidr of plan.vpcCidrs) plan.tunnels.forEach((t) => out.push(`  ip route add ${cidr} dev xfrm-aws${t.number} metric ${t.number * 100}`));
  }
  return out;
}

export function strongswanConfig(plan: ConnectionPlan, entry: DeviceConfigCatalogEntry): string {
  const ike = plan.tunnels[0].ikeVersion;
  const lines = [
    commentBlock('# ', headerLines(plan, entry, ike)),
    '#',
    commentBlock('# ', interfaceNotes(plan)),
    '',
    'connections {',
    ...plan.tunnels.flatMap((t) => connection(plan, t)),
    '}',
    '',
    'secrets {',
    ...plan.tunnels.flatMap((t) => [
      `  ike-${connectionName(t)} {`,
      `    id-1 = ${t.awsOutsideIp}`,
      `    secret = "${t.psk}"`,
      `  }`,
    ]),
    '}',
    '',
  ];
  return lines.join('\n');
}
