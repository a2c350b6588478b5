import { describe, expect, it } from 'vitest';
import { GatewayRib } from '../gateway/gatewayRib';
import { prefix } from '../prefix';
import { selectVgwRoute } from '../selection/vgwSelection';
import { asn, type TunnelView } from '../types';
import { acceptFromDevice } from './acceptRoutes';
import { awsTunnelMeds } from './awsMed';
import { tgwAdvertisements, vgwAdvertisements } from './awsAdvertisements';
import { deviceAdvertisements } from './deviceAdvertisement';

const tun = (id: string, conn: string, over: Partial<TunnelView> = {}): TunnelView => ({ tunnelId: id, vpnConnectionId: conn, ipsecUp: true, endpointHealthy: true, ...over });
const A = [tun('52.0.0.1', 'vpn-a'), tun('52.0.0.2', 'vpn-a')];
const B = [tun('52.0.1.1', 'vpn-b'), tun('52.0.1.2', 'vpn-b')];
const inside = { '52.0.0.1': '169.254.10.1', '52.0.0.2': '169.254.10.5', '52.0.1.1': '169.254.11.1', '52.0.1.2': '169.254.11.5' };
const vgwAsn = asn(64512);

function learn(rib: GatewayRib, tunnels: TunnelView[], deviceAsn: number, p: string) {
  for (const t of tunnels) {
    const routes = deviceAdvertisements({ asn: asn(deviceAsn), prefixes: [prefix(p)] }, t.tunnelId, 'x');
    rib.replaceSource(`bgp:${t.tunnelId}`, acceptFromDevice(routes, { gateway: 'vgw', gatewayAsn: vgwAsn, tunnel: t, target: t.vpnConnectionId }).accepted);
  }
}

describe('AWS advertisements', () => {
  it('R163: a VGW advertises the attached VPC CIDR on each tunnel with its own ASN', () => {
    const ads = vgwAdvertisements({ gatewayAsn: vgwAsn, tunnels: A, awsInsideAddress: inside, vpcCidrs: [prefix('10.110.0.0/16')], vgwRib: [], vpnConnectionId: 'vpn-a' });
    expect(ads.map((a) => a.routes.map((r) => `${r.prefix} ${r.asPath.join(' ')} via ${r.nextHop}`))).toEqual([
      ['10.110.0.0/16 64512 via 169.254.10.1'],
      ['10.110.0.0/16 64512 via 169.254.10.5'],
    ]);
  });
  it('R214: CloudHub re-advertises site B to site A behind the VGW ASN, not back to B', () => {
    const rib = new GatewayRib(selectVgwRoute);
    learn(rib, A, 65001, '10.0.0.0/24');
    learn(rib, B, 65002, '10.0.1.0/24');
    const toA = vgwAdvertisements({ gatewayAsn: vgwAsn, tunnels: A, awsInsideAddress: inside, vpcCidrs: [], vgwRib: rib.entries(), vpnConnectionId: 'vpn-a' });
    expect(toA[0]?.routes.map((r) => [r.prefix, r.asPath])).toEqual([['10.0.1.0/24', [64512, 65002]]]);
  });
  it('R192/R195: the VGW primary tunnel has the lower MED; during an update the other tunnel gets it', () => {
    expect(awsTunnelMeds('vgw', A).map((m) => m.med)).toEqual([100, 200]);
    const during = awsTunnelMeds('vgw', [tun('52.0.0.1', 'vpn-a', { underMaintenance: true }), tun('52.0.0.2', 'vpn-a')]);
    expect(during.map((m) => m.med)).toEqual([200, 100]);
    expect(during[1]?.explanation.rule).toBe('R195');
  });
  it('R194: a TGW advertises the same MED on all tunnels of an attachment', () => {
    const meds = awsTunnelMeds('tgw', [tun('52.0.0.2', 'vpn-a'), tun('52.0.0.1', 'vpn-a')]);
    expect(new Set(meds.map((m) => m.med)).size).toBe(1);
  });
  it('R440: a TGW advertises at most 5,000 routes to the device and says so', () => {
    const table = Array.from({ length: 5001 }, (_, i) => ({ prefix: prefix(`10.${i >> 8}.${i & 255}.0/24`), selected: [{ asPath: [], target: 'tgw-attach-vpc' }], blackhole: false }));
    const ads = tgwAdvertisements({ gatewayAsn: asn(64513), tunnels: A, awsInsideAddress: inside, associatedTable: table as never, attachmentId: 'tgw-attach-vpn' });
    expect(ads[0]?.routes).toHaveLength(5000);
    expect(ads[0]?.quotaExceeded).toMatchObject({ value: 5000, rule: 'R442' });
  });
});

describe('accepting device routes', () => {
  it('R437/R442: a VGW keeps the first 100 dynamic routes and names the quota', () => {
    const prefixes = Array.from({ length: 120 }, (_, i) => prefix(`172.16.${i}.0/24`));
    const r = acceptFromDevice(deviceAdvertisements({ asn: asn(65000), prefixes }, '52.0.0.1', 'x'), { gateway: 'vgw', gatewayAsn: vgwAsn, tunnel: A[0]!, target: 'vpn-a' });
    expect(r.accepted).toHaveLength(100);
    expect(r.accepted.at(-1)?.prefix).toBe('172.16.99.0/24');
    expect(r.quotaExceeded?.quota).toContain('virtual private gateway');
    expect(r.rejected).toHaveLength(20);
  });
  it('R439: a TGW accepts up to 1,000 dynamic routes', () => {
    const prefixes = Array.from({ length: 1000 }, (_, i) => prefix(`172.${16 + (i >> 8)}.${i & 255}.0/24`));
    const r = acceptFromDevice(deviceAdvertisements({ asn: asn(65000), prefixes }, '52.0.0.1', 'x'), { gateway: 'tgw', gatewayAsn: vgwAsn, tunnel: A[0]!, target: 'a' });
    expect(r.accepted).toHaveLength(1000);
    expect(r.quotaExceeded).toBeUndefined();
  });
  it('R186: AS-path prepending applies per tunnel', () => {
    const ads = deviceAdvertisements({ asn: asn(65000), prefixes: [prefix('10.0.0.0/16')], asPathPrepend: { '52.0.0.2': 2 } }, '52.0.0.2', 'x');
    expect(ads[0]?.asPath).toEqual([65000, 65000, 65000]);
  });
  it('R159: a route carrying the gateway ASN is refused', () => {
    const r = acceptFromDevice([{ prefix: prefix('10.0.0.0/16'), asPath: [asn(65000), vgwAsn], med: 0, nextHop: 'x' }], { gateway: 'vgw', gatewayAsn: vgwAsn, tunnel: A[0]!, target: 'a' });
    expect(r.accepted).toHaveLength(0);
    expect(r.rejected[0]?.rule).toBe('R159');
  });
});
