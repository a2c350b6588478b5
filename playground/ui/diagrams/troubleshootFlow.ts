/**
 * The troubleshooting flow of the guide, as data: run a scenario for a few minutes, then walk
 * the layers in the order the AWS guide troubleshoots them (IKE → IPsec → tunnel → BGP or
 * static routes → VPC route table) and stop at the first that fails. Each layer carries what
 * AWS shows (read from the engine's snapshot) and the device commands that show it on each
 * platform (printed by the terminal's device consoles over the same engine).
 */
import type { Engine } from '../../engine/engine';
import type { Scenario } from '../../engine/schema/scenarioSchema';
// The device console alone: the whole terminal (AWS CLI, configuration generators) is not
// needed here and would triple what this guide page downloads.
import { DeviceConsole } from '../../terminal/device/deviceConsole';
import type { PlatformId } from '../../terminal/device/platform';

export type LayerId = 'ike' | 'ipsec' | 'tunnel' | 'routing' | 'vpc';

export interface LayerResult {
  readonly id: LayerId;
  readonly title: string;
  readonly question: string;
  readonly ok: boolean;
  readonly aws: string;
  readonly ifBroken: string;
  readonly commands: readonly { readonly command: string; readonly output: string }[];
}

export const FLOW_PLATFORMS: readonly { id: PlatformId; label: string }[] = [
  { id: 'cisco-ios', label: 'Cisco IOS' },
  { id: 'cisco-asa', label: 'Cisco ASA' },
  { id: 'junos', label: 'Juniper JunOS (SRX)' },
  { id: 'screenos', label: 'Juniper ScreenOS' },
  { id: 'yamaha', label: 'Yamaha RTX' },
  { id: 'strongswan', label: 'strongSwan' },
  { id: 'windows', label: 'Windows Server' },
];

/** The show commands the guide's per-device troubleshooting pages use, per layer. */
const COMMANDS: Record<PlatformId, Record<LayerId, readonly string[]>> = {
  'cisco-ios': { ike: ['show crypto ikev2 sa'], ipsec: ['show crypto ipsec sa'], tunnel: ['show interfaces Tunnel1'], routing: ['show ip bgp summary'], vpc: ['show ip route bgp'] },
  'cisco-asa': { ike: ['show crypto isakmp sa'], ipsec: ['show crypto ipsec sa'], tunnel: ['show vpn-sessiondb l2l'], routing: ['show route'], vpc: ['show route'] },
  junos: { ike: ['show security ike security-associations'], ipsec: ['show security ipsec security-associations'], tunnel: ['show interfaces st0.1'], routing: ['show bgp summary'], vpc: ['show route protocol bgp'] },
  screenos: { ike: ['get sa'], ipsec: ['get sa'], tunnel: ['get interface tunnel.1'], routing: ['get vpn'], vpc: ['get route'] },
  yamaha: { ike: ['show ipsec sa'], ipsec: ['show ipsec sa gateway 1'], tunnel: ['show status tunnel 1'], routing: ['show status bgp neighbor'], vpc: ['show status bgp neighbor'] },
  strongswan: { ike: ['swanctl --list-sas'], ipsec: ['ipsec statusall'], tunnel: ['ipsec status'], routing: ['ipsec status'], vpc: ['ipsec status'] },
  windows: { ike: ['netsh advfirewall monitor show mmsa'], ipsec: ['netsh advfirewall monitor show qmsa'], tunnel: ['netsh advfirewall consec show rule name=all'], routing: ['netsh advfirewall consec show rule name=all'], vpc: ['netsh advfirewall monitor show qmsa'] },
};

const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex -- ANSI colours from the console

export function runFlow(engine: Engine, scenario: Scenario, platform: PlatformId): { tunnel: string; layers: LayerResult[] } {
  const s = engine.snapshot();
  const c = s.connections[0];
  if (!c) return { tunnel: '', layers: [] };
  const t = c.tunnels.find((x) => x.status === 'DOWN') ?? c.tunnels[0];
  const dynamic = !c.options.StaticRoutesOnly;
  const bgp = s.routing.bgpSessions.find((b) => b.tunnelOutsideIp === t.outsideIpAddress);
  const site = scenario.Sites?.find((x) => x.CustomerGatewayId === c.customerGatewayId)?.CidrBlocks[0] ?? '';
  const vpcRoutes = s.routing.routeTables.filter((r) => r.kind === 'vpc').flatMap((r) => r.routes);
  const vpcRoute = vpcRoutes.find((r) => r.destination === site && r.selected);

  const device = new DeviceConsole(c.customerGatewayId);
  device.run(['set', 'platform', platform], engine);
  const show = (id: LayerId) => COMMANDS[platform][id].map((command) => ({ command, output: strip(device.run(command.split(/\s+/), engine).output).trimEnd() }));

  const layers: LayerResult[] = [
    {
      id: 'ike', title: 'IKE (phase 1)', question: 'Do the two ends agree on an IKE SA?', ok: t.phase1 === 'Established',
      aws: `Phase 1 ${t.phase1}${t.phase1Algorithms ? ` (${t.ikeVersion ?? ''} ${t.phase1Algorithms.encryption} / ${t.phase1Algorithms.integrity} / DH ${t.phase1Algorithms.dhGroup})` : ''}`,
      ifBroken: 'Check that UDP 500 (and 4500 behind NAT) reaches the AWS outside IP, that the IKE versions overlap, that one phase 1 proposal is allowed on both sides, and the pre-shared key or certificate.',
      commands: show('ike'),
    },
    {
      id: 'ipsec', title: 'IPsec (phase 2)', question: 'Is there a CHILD SA (IPsec SA) in both directions?', ok: t.phase2 === 'Established',
      aws: `Phase 2 ${t.phase2}${t.phase2Algorithms ? ` (${t.phase2Algorithms.encryption} / ${t.phase2Algorithms.integrity}${t.phase2Algorithms.dhGroup ? ` / PFS DH ${t.phase2Algorithms.dhGroup}` : ''})` : ''}`,
      ifBroken: 'Compare the phase 2 proposals and the PFS group, and the traffic selectors: the device must propose ranges the connection accepts.',
      commands: show('ipsec'),
    },
    {
      id: 'tunnel', title: 'Tunnel (data plane)', question: 'Do packets cross the tunnel?', ok: t.phase2 === 'Established' && t.dataPlaneUp,
      aws: `Outside path ${t.path.pathUp ? 'up' : 'down'}, ESP ${t.dataPlaneUp ? 'passing' : 'not passing'}${t.natTDetected ? ', NAT-T in use' : ''}. Status ${t.status}: ${t.statusMessage}`,
      ifBroken: 'With both SAs up but no traffic, look at the path: ESP (IP protocol 50) or NAT-T on UDP 4500 blocked, a device behind NAT without NAT-T, or dead peer detection closing the SA.',
      commands: show('tunnel'),
    },
    dynamic
      ? {
          id: 'routing', title: 'BGP', question: 'Is the BGP session Established over the inside addresses?', ok: bgp?.state === 'Established',
          aws: bgp ? `BGP ${bgp.state} with AS ${bgp.customerAsn} (${bgp.customerInsideIp}); device side ${bgp.deviceState}; ${bgp.prefixesReceived} prefix(es) received` : 'No BGP session on this tunnel.',
          ifBroken: 'BGP runs inside the tunnel between the inside addresses: check the ASNs on both sides (the customer gateway ASN must match the device), the neighbour addresses and that TCP 179 is allowed.',
          commands: show('routing'),
        }
      : {
          id: 'routing', title: 'Static routes', question: 'Does the connection have static routes to the site?', ok: c.routes.some((r) => r === site),
          aws: `Static routes: ${c.routes.join(', ') || 'none'}`,
          ifBroken: 'A static connection needs its remote prefixes added to the VPN connection, and the device needs routes to the VPC through the tunnels.',
          commands: show('routing'),
        },
    {
      id: 'vpc', title: 'VPC route table', question: `Does the VPC send ${site || 'the site prefix'} to the gateway?`, ok: vpcRoute !== undefined,
      aws: vpcRoute ? `${vpcRoute.destination} → ${vpcRoute.target} (${vpcRoute.origin})` : `No selected route to ${site || 'the site'} in the VPC route table.`,
      ifBroken: 'Turn on route propagation from the virtual private gateway, or add a static route with the gateway as target; check that nothing more specific or static wins.',
      commands: show('vpc'),
    },
  ];
  return { tunnel: `${c.id} tunnel ${t.index + 1} (${t.outsideIpAddress})`, layers };
}
