/**
 * MikroTik RouterOS (R276: RouterOS 6.44.3) script. RouterOS 6 IPsec is policy-based, so each
 * tunnel gets one policy for its inside /30 (BGP) plus the traffic selectors, limited to a
 * single SA pair per tunnel (R233, R236).
 */
import type { ConnectionPlan, TunnelPlan } from '../tunnelPlan';
import type { DeviceConfigCatalogEntry } from '../catalog';
import { commentBlock, duration, headerLines } from '../header';
import { mikrotikNames as N, toVendor } from '../algorithmNames';
import { isGcm } from '../proposalChoice';
import { BGP_HOLD_TIME_SECONDS, DEVICE_DPD_INTERVAL_SECONDS, DEVICE_DPD_RETRIES, TCP_MSS_CLAMP } from '../mtuMss';

const name = (plan: ConnectionPlan, t: TunnelPlan) => `${plan.vpnConnectionId}-${t.number}`;

function tunnel(plan: ConnectionPlan, t: TunnelPlan): string[] {
  const n = name(plan, t);
  return [
    `# IPSec Tunnel #${t.number}: AWS ${t.awsOutsideIp}, inside ${t.inside.cidr}`,
    '/ip ipsec profile',
    `add name=${n} hash-algorithm=${toVendor(N.hash, t.phase1.integrity)} enc-algorithm=${toVendor(N.profileEncryption, t.phase1.encryption)} dh-group=${toVendor(N.dh, t.phase1.dhGroup)} lifetime=${duration(t.phase1LifetimeSeconds)} dpd-interval=${DEVICE_DPD_INTERVAL_SECONDS}s dpd-maximum-failures=${DEVICE_DPD_RETRIES} nat-traversal=yes`,
    '/ip ipsec peer',
    `add name=${n} address=${t.awsOutsideIp}/32 local-address=${plan.cgwOutsideIp} profile=${n} exchange-mode=${t.ikeVersion === 'ikev2' ? 'ike2' : 'main'}`,
    '/ip ipsec identity',
    `add peer=${n} auth-method=pre-shared-key secret="${t.psk}"`,
    '/ip ipsec proposal',
    `add name=${n} auth-algorithms=${isGcm(t.phase2.encryption) ? 'null' : toVendor(N.hash, t.phase2.integrity)} enc-algorithms=${toVendor(N.proposalEncryption, t.phase2.encryption)} pfs-group=${toVendor(N.dh, t.phase2.dhGroup)} lifetime=${duration(t.phase2LifetimeSeconds)}`,
    '/ip address',
    `add address=${t.inside.device}/30 interface=aws-loopback comment="${n} inside (R61)"`,
    '/ip ipsec policy',
    `add peer=${n} tunnel=yes src-address=${t.inside.cidr} dst-address=${t.inside.cidr} proposal=${n} level=unique`,
    ...(t.number === 1 ? plan.vpcCidrs.map((c) => `add peer=${n} tunnel=yes src-address=${plan.localCidr} dst-address=${c} proposal=${n} level=unique`) : []),
    '',
  ];
}

function routing(plan: ConnectionPlan): string[] {
  if (!plan.dynamic) return ['# Static: the IPsec policies above carry the VPC CIDRs over tunnel 1 (R306); switch the policy to tunnel 2 when tunnel 1 fails.'];
  return [
    '/routing bgp instance',
    `set default as=${plan.cgwAsn} router-id=${plan.tunnels[0].inside.device}`,
    '/routing bgp peer',
    ...plan.tunnels.map((t) => `add name=aws-tunnel${t.number} remote-address=${t.inside.aws} remote-as=${plan.amazonSideAsn} hold-time=${BGP_HOLD_TIME_SECONDS}s ttl=default`),
    '/routing bgp network',
    ...plan.customerCidrs.map((c) => `add network=${c} synchronize=no`),
  ];
}

export function mikrotikConfig(plan: ConnectionPlan, entry: DeviceConfigCatalogEntry): string {
  return `${[
    commentBlock('# ', headerLines(plan, entry, plan.tunnels[0].ikeVersion)),
    '/interface bridge',
    'add name=aws-loopback',
    '/ip firewall mangle',
    `add action=change-mss chain=forward new-mss=${TCP_MSS_CLAMP} passthrough=yes protocol=tcp tcp-flags=syn tcp-mss=${TCP_MSS_CLAMP + 1}-65535 comment="MSS = MTU 1399 - 40 (R242, R259)"`,
    '',
    ...plan.tunnels.flatMap((t) => tunnel(plan, t)),
    ...routing(plan),
  ].join('\n')}\n`;
}
