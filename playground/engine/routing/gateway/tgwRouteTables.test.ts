import { describe, expect, it } from 'vitest';
import { prefix } from '../prefix';
import { route } from '../selection/testRoutes';
import { TransitGatewayRouting } from './tgwRouteTables';

const vpcRoute = { ...route('10.0.0.0/16', { source: 'vpc', target: 'tgw-attach-vpc', asPath: [] }), dynamic: false };

describe('TGW route tables', () => {
  it('R174/R229: a VPN attachment propagates into the table the VPC attachment is associated with', () => {
    const tgw = new TransitGatewayRouting('tgw-1', true, [
      { routeTableId: 'tgw-rtb-vpc', associations: ['tgw-attach-vpc'], propagations: ['tgw-attach-vpn'], staticRoutes: [] },
      { routeTableId: 'tgw-rtb-vpn', associations: ['tgw-attach-vpn'], propagations: ['tgw-attach-vpc'], staticRoutes: [] },
    ]);
    tgw.setAttachmentRoutes('tgw-attach-vpn', [route('192.168.0.0/16', { tunnelId: '52.0.0.1', target: 'tgw-attach-vpn' })]);
    tgw.setAttachmentRoutes('tgw-attach-vpc', [vpcRoute]);
    expect(tgw.associatedTable('tgw-attach-vpc')?.lookup('192.168.1.1')?.entry.selected[0]?.tunnelId).toBe('52.0.0.1');
    expect(tgw.associatedTable('tgw-attach-vpn')?.lookup('10.0.0.1')?.entry.selected[0]?.target).toBe('tgw-attach-vpc');
    // not propagated into its own table
    expect(tgw.associatedTable('tgw-attach-vpn')?.lookup('192.168.1.1')).toBeUndefined();
  });
  it('R156: a static blackhole route in the TGW table drops the prefix', () => {
    const tgw = new TransitGatewayRouting('tgw-1', true, [{ routeTableId: 'rtb', associations: ['tgw-attach-vpc'], propagations: ['tgw-attach-vpn'], staticRoutes: [{ prefix: prefix('192.168.9.0/24'), blackhole: true }] }]);
    tgw.setAttachmentRoutes('tgw-attach-vpn', [route('192.168.0.0/16', { tunnelId: '52.0.0.1' })]);
    const l = tgw.associatedTable('tgw-attach-vpc')?.lookup('192.168.9.9');
    expect(l?.entry.blackhole).toBe(true);
    expect(l?.explanation.rule).toBe('R156');
  });
});
