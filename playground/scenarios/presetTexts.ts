/** The YAML text of every preset, in menu order: [name, text, broken starter?]. */
import singleVgw from './single-vgw';
import singleTgw from './single-tgw';
import redundantCgw from './redundant-cgw';
import multiSiteTgwEcmp from './multi-site-tgw-ecmp';
import cloudhub from './cloudhub';
import vpnWithDx from './vpn-with-dx';
import dxPrivateIp from './dx-private-ip';
import accelerated from './accelerated';
import ipv6Tgw from './ipv6-tgw';
import pskMismatch from './psk-mismatch';
import p3desProposal from './3des-proposal';
import tsMismatch from './ts-mismatch';
import missingPropagation from './missing-propagation';
import ikeVersionMismatch from './ike-version-mismatch';
import bgpAsnMismatch from './bgp-asn-mismatch';
import deviceDown from './device-down';
import firewallBlocksUdp500 from './firewall-blocks-udp500';
import natWithoutNatt from './nat-without-natt';
import singleTunnelMaintenance from './single-tunnel-maintenance';

export const presetTexts: readonly (readonly [name: string, text: string, broken: boolean])[] = [
  ['single-vgw', singleVgw, false],
  ['single-tgw', singleTgw, false],
  ['redundant-cgw', redundantCgw, false],
  ['multi-site-tgw-ecmp', multiSiteTgwEcmp, false],
  ['cloudhub', cloudhub, false],
  ['vpn-with-dx', vpnWithDx, false],
  ['dx-private-ip', dxPrivateIp, false],
  ['accelerated', accelerated, false],
  ['ipv6-tgw', ipv6Tgw, false],
  ['psk-mismatch', pskMismatch, true],
  ['3des-proposal', p3desProposal, true],
  ['ts-mismatch', tsMismatch, true],
  ['missing-propagation', missingPropagation, true],
  ['ike-version-mismatch', ikeVersionMismatch, true],
  ['bgp-asn-mismatch', bgpAsnMismatch, true],
  ['device-down', deviceDown, true],
  ['firewall-blocks-udp500', firewallBlocksUdp500, true],
  ['nat-without-natt', natWithoutNatt, true],
  ['single-tunnel-maintenance', singleTunnelMaintenance, true],
];
