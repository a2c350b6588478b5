import { describe, expect, it } from 'vitest';
import { prefix } from '../prefix';
import { buildVpcRouteTable, lookupVpcRoute } from './vpcRouteTable';

const base = { routeTableId: 'rtb-1', vpcCidrs: [prefix('10.0.0.0/16')], staticRoutes: [] };
const prop = (up: boolean, prefixes: string[]) => [{ vgwId: 'vgw-11223344556677889', connections: [{ vpnConnectionId: 'vpn-1', up, prefixes: prefixes.map(prefix) }] }];

describe('VPC route table', () => {
  it('R169/R171: propagated routes appear while the connection is UP and not while it is DOWN', () => {
    expect(buildVpcRouteTable({ ...base, propagating: prop(true, ['192.168.0.0/16']) }).routes.map((r) => r.destination)).toContain('192.168.0.0/16');
    const down = buildVpcRouteTable({ ...base, propagating: prop(false, ['192.168.0.0/16']) });
    expect(down.routes.map((r) => r.destination)).not.toContain('192.168.0.0/16');
    expect(down.notPropagated[0]?.reason.rule).toBe('R171');
  });
  it('R168/R167: a static route to an internet gateway beats the same prefix propagated from the VGW', () => {
    const t = buildVpcRouteTable({ ...base, staticRoutes: [{ destination: prefix('172.31.0.0/24'), target: 'igw-12345678901234567', origin: 'CreateRoute' }], propagating: prop(true, ['172.31.0.0/24']) });
    const l = lookupVpcRoute(t, '172.31.0.10');
    expect(l?.route.target).toBe('igw-12345678901234567');
    expect(l?.explanation.rule).toBe('R167');
  });
  it('R165: the more specific propagated route beats a less specific static route', () => {
    const t = buildVpcRouteTable({ ...base, staticRoutes: [{ destination: prefix('172.16.0.0/12'), target: 'tgw-1', origin: 'CreateRoute' }], propagating: prop(true, ['172.16.5.0/24']) });
    expect(lookupVpcRoute(t, '172.16.5.9')?.route.target).toBe('vgw-11223344556677889');
  });
  it('R166: the local route beats a more specific overlapping propagated route', () => {
    const t = buildVpcRouteTable({ ...base, propagating: prop(true, ['10.0.1.0/24']) });
    const l = lookupVpcRoute(t, '10.0.1.5');
    expect(l?.route.target).toBe('local');
    expect(l?.explanation.rule).toBe('R166');
  });
  it('R173: propagation stops at the route table quota', () => {
    const t = buildVpcRouteTable({ ...base, routeQuota: 3, propagating: prop(true, ['192.168.1.0/24', '192.168.2.0/24', '192.168.3.0/24']) });
    expect(t.routes).toHaveLength(3);
    expect(t.notPropagated.map((n) => n.reason.rule)).toEqual(['R173']);
  });
  it('R153/R164: without a route to the gateway the VPC has no path to the site', () => {
    const t = buildVpcRouteTable({ ...base, propagating: [] });
    expect(lookupVpcRoute(t, '192.168.1.1')).toBeUndefined();
  });
});
