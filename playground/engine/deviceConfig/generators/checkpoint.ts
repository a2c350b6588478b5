/**
 * Check Point Gaia (R276: R80.10+; procedure R278–R286): clish commands for the numbered VPN
 * tunnel interfaces and BGP or static routes, and the SmartDashboard settings as comments.
 * The interface MTU is the R242 value rather than the example's 1436 (R279, R246).
 */
import type { ConnectionPlan, TunnelPlan } from '../tunnelPlan';
import type { DeviceConfigCatalogEntry } from '../catalog';
import { commentBlock, headerLines } from '../header';
import { BGP_HOLD_TIME_SECONDS, BGP_KEEPALIVE_SECONDS, TUNNEL_INTERFACE_MTU } from '../mtuMss';

const peer = (t: TunnelPlan) => `AWS_VPC_Tunnel_${t.number}`;

function smartDashboard(plan: ConnectionPlan): string[] {
  const [t1] = plan.tunnels;
  return [
    'SmartDashboard (R281-R284):',
    ...plan.tunnels.map((t) => `  Interoperable Device ${peer(t)}: IPv4 address ${t.awsOutsideIp}; shared secret ${t.psk}`),
    `  Star community AWS_VPN_Star; encryption method: ${t1.ikeVersion === 'ikev2' ? 'IKEv2 only' : 'IKEv1 only'}`,
    `  Phase 1: ${t1.phase1.encryption}, ${t1.phase1.integrity}, Diffie-Hellman group ${t1.phase1.dhGroup}, renegotiate every ${t1.phase1LifetimeSeconds / 60} minutes`,
    `  Phase 2: ${t1.phase2.encryption}, ${t1.phase2.integrity}, PFS with group ${t1.phase2.dhGroup}, renegotiate every ${t1.phase2LifetimeSeconds} seconds`,
    '  Tunnel management: permanent tunnels on all tunnels; one VPN tunnel per gateway pair (R281)',
    '  GuiDBedit: tunnel_keepalive_method = dpd on every gateway of the community (R283)',
    '  GuiDBedit: fw_clamp_tcp_mss = true (R284)',
  ];
}

export function checkpointConfig(plan: ConnectionPlan, entry: DeviceConfigCatalogEntry): string {
  const out = [commentBlock('# ', [...headerLines(plan, entry, plan.tunnels[0].ikeVersion), '', ...smartDashboard(plan)]), ''];
  if (plan.dynamic) out.push(`set as ${plan.cgwAsn}`);
  for (const t of plan.tunnels) {
    out.push(
      `# IPSec Tunnel #${t.number}`,
      `add vpn tunnel ${t.number} type numbered local ${t.inside.device} remote ${t.inside.aws} peer ${peer(t)}`,
      `set interface vpnt${t.number} state on`,
      `set interface vpnt${t.number} mtu ${TUNNEL_INTERFACE_MTU}`,
    );
  }
  if (plan.dynamic) {
    out.push(`set bgp external remote-as ${plan.amazonSideAsn} on`);
    for (const t of plan.tunnels) {
      const p = `set bgp external remote-as ${plan.amazonSideAsn} peer ${t.inside.aws}`;
      out.push(`${p} on`, `${p} holdtime ${BGP_HOLD_TIME_SECONDS}`, `${p} keepalive ${BGP_KEEPALIVE_SECONDS}`);
    }
  } else {
    for (const c of plan.vpcCidrs) {
      out.push(`set static-route ${c} nexthop gateway address ${plan.tunnels[0].inside.aws} priority 1 on`, `set static-route ${c} nexthop gateway address ${plan.tunnels[1].inside.aws} priority 2 on`, `set static-route ${c} ping on`);
    }
  }
  out.push('save config', '');
  return out.join('\n');
}
