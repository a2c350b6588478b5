/** Windows Server: connection security rules (`netsh advfirewall consec`) and the live main/quick mode SAs. */
import type { DeviceView } from './deviceView';
import type { Platform } from './platform';

const field = (k: string, v: string): string => `${`${k}:`.padEnd(38)}${v}`;

function consecRules(v: DeviceView): string {
  if (v.tunnels.length === 0) return 'No rules match the specified criteria.';
  return [
    ...v.tunnels.flatMap((t) => {
      const p1 = t.t.phase1Algorithms;
      const p2 = t.t.phase2Algorithms;
      return [
        '',
        field('Rule Name', `${t.vpnConnectionId} Tunnel ${t.tunnelNumber}`),
        '----------------------------------------------------------------------',
        field('Enabled', 'Yes'),
        field('Profiles', 'Domain,Private,Public'),
        field('Type', 'Static'),
        field('Mode', 'Tunnel'),
        field('LocalTunnelEndpoint', v.outsideIp),
        field('RemoteTunnelEndpoint', t.t.outsideIpAddress),
        field('Endpoint1', t.localCidr),
        field('Endpoint2', t.remoteCidr),
        field('Protocol', 'Any'),
        field('Action', 'RequireInRequireOut'),
        field('Auth1', 'ComputerPSK'),
        field('Auth1PSK', '********'),
        field('MainModeSecMethods', p1 ? `DHGroup${p1.dhGroup}-${p1.encryption}-${p1.integrity.replace('SHA2-', 'SHA')}` : 'DHGroup2-AES128-SHA1'),
        field('QuickModeSecMethods', p2 ? `ESP:${p2.integrity.replace('SHA2-', 'SHA')}-${p2.encryption}+${Math.round(t.t.options.Phase2LifetimeSeconds / 60)}min+100000kb` : 'ESP:SHA1-AES128+60min+100000kb'),
        field('ApplyAuthorization', 'No'),
      ];
    }),
    'Ok.',
  ].join('\n');
}

function mmsa(v: DeviceView): string {
  const up = v.tunnels.filter((t) => t.ikeUp);
  if (up.length === 0) return '\nNo SAs match the specified criteria.\n';
  return ['', 'Main Mode SA at ' + v.now / 1000 + 's', ...up.map((t) => [
    field('Local IP Address', v.outsideIp), field('Remote IP Address', t.t.outsideIpAddress),
    field('Auth1', 'PreSharedKey'), field('MM Offer', `${t.t.phase1Algorithms?.encryption ?? ''}-${t.t.phase1Algorithms?.integrity ?? ''}-DH${t.t.phase1Algorithms?.dhGroup ?? ''}`), field('Cookie Pair', 'present'), '',
  ].join('\n')), 'Ok.'].join('\n');
}

function qmsa(v: DeviceView): string {
  const up = v.tunnels.filter((t) => t.ipsecUp);
  if (up.length === 0) return '\nNo SAs match the specified criteria.\n';
  return ['', ...up.map((t) => [
    field('Local IP Address', v.outsideIp), field('Remote IP Address', t.t.outsideIpAddress), field('Local Tunnel Endpoint', v.outsideIp), field('Remote Tunnel Endpoint', t.t.outsideIpAddress),
    field('Direction', 'Both'), field('Encapsulation Type', t.t.natTDetected ? 'UDP-Encap' : 'None'), field('Integrity', `ESP:${t.t.phase2Algorithms?.integrity ?? ''}`), field('Confidentiality', `ESP:${t.t.phase2Algorithms?.encryption ?? ''}`), '',
  ].join('\n')), 'Ok.'].join('\n');
}

export const windowsServer: Platform = {
  id: 'windows',
  label: 'Windows Server',
  prompt: () => 'PS C:\\>',
  commands: [
    { phrase: 'netsh advfirewall consec show rule name=all', help: 'Connection security rules for the tunnels', run: consecRules },
    { phrase: 'netsh advfirewall monitor show mmsa', help: 'Main mode (IKE) SAs', run: mmsa },
    { phrase: 'netsh advfirewall monitor show qmsa', help: 'Quick mode (IPsec) SAs', run: qmsa },
  ],
};
