/**
 * Palo Alto Networks PAN-OS (R276: PA Series PANOS 7.0+) `set` commands: IKE and IPsec crypto
 * profiles restricted to the chosen transforms, an IKE gateway per tunnel, tunnel.N interfaces,
 * then BGP in the default virtual router or static routes.
 */
import type { ConnectionPlan, TunnelPlan } from '../tunnelPlan';
import type { DeviceConfigCatalogEntry } from '../catalog';
import { commentBlock, headerLines } from '../header';
import { paloAltoNames as N, toVendor } from '../algorithmNames';
import { isGcm } from '../proposalChoice';
import { BGP_HOLD_TIME_SECONDS, BGP_KEEPALIVE_SECONDS, DEVICE_DPD_INTERVAL_SECONDS, DEVICE_DPD_RETRIES, TCP_MSS_CLAMP, TUNNEL_INTERFACE_MTU } from '../mtuMss';

function tunnel(plan: ConnectionPlan, t: TunnelPlan): string[] {
  const id = `${plan.vpnConnectionId}-${t.number}`;
  const ikeP = `set network ike crypto-profiles ike-crypto-profiles ike-crypto-${id}`;
  const ipsecP = `set network ike crypto-profiles ipsec-crypto-profiles ipsec-crypto-${id}`;
  const gw = `set network ike gateway ike-${id}`;
  const ver = t.ikeVersion;
  const tun = `tunnel.${t.number}`;
  return [
    `# IPSec Tunnel #${t.number}: AWS ${t.awsOutsideIp}, inside ${t.inside.cidr}`,
    '# #1: Internet Key Exchange (IKE) Configuration',
    `${ikeP} dh-group group${t.phase1.dhGroup}`,
    `${ikeP} hash ${toVendor(N.hash, t.phase1.integrity)}`,
    `${ikeP} encryption ${toVendor(N.encryption, t.phase1.encryption)}`,
    `${ikeP} lifetime seconds ${t.phase1LifetimeSeconds}`,
    `${gw} authentication pre-shared-key key ${t.psk}`,
    `${gw} local-address ip ${plan.cgwOutsideIp}`,
    `${gw} local-address interface ethernet1/1`,
    `${gw} peer-address ip ${t.awsOutsideIp}`,
    `${gw} protocol version ${ver}`,
    `${gw} protocol ${ver} ike-crypto-profile ike-crypto-${id}`,
    ...(ver === 'ikev1' ? [`${gw} protocol ikev1 exchange-mode main`, `${gw} protocol ikev1 dpd enable yes`, `${gw} protocol ikev1 dpd interval ${DEVICE_DPD_INTERVAL_SECONDS}`, `${gw} protocol ikev1 dpd retry ${DEVICE_DPD_RETRIES}`] : [`${gw} protocol ikev2 dpd enable yes`, `${gw} protocol ikev2 dpd interval ${DEVICE_DPD_INTERVAL_SECONDS}`]),
    '',
    '# #2: IPSec Configuration',
    `${ipsecP} esp authentication ${isGcm(t.phase2.encryption) ? 'none' : toVendor(N.hash, t.phase2.integrity)}`,
    `${ipsecP} esp encryption ${toVendor(N.encryption, t.phase2.encryption)}`,
    `${ipsecP} dh-group group${t.phase2.dhGroup}`,
    `${ipsecP} lifetime seconds ${t.phase2LifetimeSeconds}`,
    `set network tunnel ipsec ipsec-${id} auto-key ike-gateway ike-${id}`,
    `set network tunnel ipsec ipsec-${id} auto-key ipsec-crypto-profile ipsec-crypto-${id}`,
    ...(plan.localCidr !== '0.0.0.0/0' || plan.remoteCidr !== '0.0.0.0/0' ? [`set network tunnel ipsec ipsec-${id} auto-key proxy-id ts1 local ${plan.localCidr} remote ${plan.remoteCidr} protocol any`] : []),
    `set network tunnel ipsec ipsec-${id} tunnel-interface ${tun}`,
    `set network tunnel ipsec ipsec-${id} anti-replay yes`,
    '',
    '# #3: Tunnel Interface Configuration',
    `set network interface tunnel units ${tun} ip ${t.inside.device}/30`,
    `set network interface tunnel units ${tun} mtu ${TUNNEL_INTERFACE_MTU}`,
    `set network virtual-router default interface ${tun}`,
    `set zone trust network layer3 ${tun}`,
    '',
  ];
}

function routing(plan: ConnectionPlan): string[] {
  const vr = 'set network virtual-router default';
  if (!plan.dynamic) {
    return ['# #4: Static routes to the VPC (R306); tunnel 2 has the higher metric', ...plan.vpcCidrs.flatMap((c, i) => plan.tunnels.map((t) => `${vr} routing-table ip static-route aws-${i + 1}-t${t.number} destination ${c} interface tunnel.${t.number} metric ${t.number * 10}`))];
  }
  return [
    '# #4: Border Gateway Protocol (BGP) Configuration',
    `${vr} protocol bgp enable yes`,
    `${vr} protocol bgp local-as ${plan.cgwAsn}`,
    `${vr} protocol bgp router-id ${plan.tunnels[0].inside.device}`,
    ...plan.tunnels.flatMap((t) => {
      const peer = `${vr} protocol bgp peer-group AmazonBGP peer amazon-tunnel-${t.number}`;
      return [`${peer} peer-as ${plan.amazonSideAsn}`, `${peer} local-address ip ${t.inside.device}/30 interface tunnel.${t.number}`, `${peer} peer-address ip ${t.inside.aws}`, `${peer} connection-options keep-alive-interval ${BGP_KEEPALIVE_SECONDS} hold-time ${BGP_HOLD_TIME_SECONDS}`];
    }),
    ...plan.customerCidrs.map((c, i) => `${vr} protocol bgp policy export rules export-${i + 1} match address-prefix ${c} exact yes`),
  ];
}

export function paloAltoConfig(plan: ConnectionPlan, entry: DeviceConfigCatalogEntry): string {
  return `${[
    commentBlock('# ', headerLines(plan, entry, plan.tunnels[0].ikeVersion)),
    `# TCP MSS ${TCP_MSS_CLAMP} = interface MTU ${TUNNEL_INTERFACE_MTU} - 40 (R242, R259): PAN-OS subtracts the adjustment from the MTU.`,
    'set network interface ethernet ethernet1/1 layer3 adjust-tcp-mss enable yes',
    `set network interface ethernet ethernet1/1 layer3 adjust-tcp-mss ipv4-mss-adjustment ${1500 - TCP_MSS_CLAMP}`,
    '',
    ...plan.tunnels.flatMap((t) => tunnel(plan, t)),
    ...routing(plan),
  ].join('\n')}\n`;
}
