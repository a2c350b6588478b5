import { describe, expect, it } from 'vitest';
import { prefix } from '../prefix';
import { asn } from '../types';
import { buildDeviceRib, type DeviceTunnelInput } from './deviceRib';

const vpc = prefix('10.0.0.0/16');
const t = (id: string, neighbor: string, med: number, over: Partial<DeviceTunnelInput> = {}): DeviceTunnelInput => ({
  tunnelId: id, neighbor, bgpEstablished: true, up: true,
  received: [{ prefix: vpc, asPath: [asn(64512)], med, nextHop: neighbor }], ...over,
});

describe('customer device routing', () => {
  it('R192/R195: with equal weight and local preference the lower MED tunnel carries on-prem → AWS traffic', () => {
    const rib = buildDeviceRib({ asn: asn(65000) }, [t('52.0.0.1', '169.254.10.1', 200), t('52.0.0.2', '169.254.10.5', 100)], []);
    const e = rib.table.lookup('10.0.5.5')?.value;
    expect(e?.decision.best.tunnelId).toBe('52.0.0.2');
    expect(e?.explanation.rule).toBe('R192');
  });
  it('R196: local preference outranks MED, so a mismatched local-pref defeats the maintenance MED shift', () => {
    const rib = buildDeviceRib({ asn: asn(65000), localPref: { '52.0.0.1': 200 } }, [t('52.0.0.1', '169.254.10.1', 200), t('52.0.0.2', '169.254.10.5', 100)], []);
    expect(rib.table.lookup('10.0.5.5')?.value.decision.best.tunnelId).toBe('52.0.0.1');
    expect(rib.table.lookup('10.0.5.5')?.value.explanation.rule).toBe('R196');
  });
  it('R6: a multipath device uses both tunnels towards AWS', () => {
    const rib = buildDeviceRib({ asn: asn(65000), multipath: true }, [t('52.0.0.1', '169.254.10.1', 100), t('52.0.0.2', '169.254.10.5', 100)], []);
    expect(rib.table.lookup('10.0.5.5')?.value.decision.selected).toHaveLength(2);
  });
  it('R215: a CloudHub site sharing our ASN has its prefix discarded', () => {
    const rib = buildDeviceRib({ asn: asn(65000) }, [t('52.0.0.1', '169.254.10.1', 100, { received: [{ prefix: prefix('10.1.0.0/24'), asPath: [asn(64512), asn(65000)], med: 100, nextHop: 'x' }] })], []);
    expect(rib.table.lookup('10.1.0.5')).toBeUndefined();
    expect(rib.rejected[0]?.rule).toBe('R215');
  });
  it('R324/R325: a tracked static route is withdrawn when its tunnel stops answering; priority 2 takes over (R280)', () => {
    const statics = [
      { prefix: vpc, tunnelId: '52.0.0.1', neighbor: '169.254.10.1', priority: 1, tracked: true },
      { prefix: vpc, tunnelId: '52.0.0.2', neighbor: '169.254.10.5', priority: 2, tracked: true },
    ];
    const up = buildDeviceRib({ asn: asn(65000) }, [t('52.0.0.1', '169.254.10.1', 0, { bgpEstablished: false }), t('52.0.0.2', '169.254.10.5', 0, { bgpEstablished: false })], statics);
    expect(up.table.lookup('10.0.0.1')?.value.decision.best.tunnelId).toBe('52.0.0.1');
    expect(up.table.lookup('10.0.0.1')?.value.explanation.rule).toBe('R280');
    const down = buildDeviceRib({ asn: asn(65000) }, [t('52.0.0.1', '169.254.10.1', 0, { bgpEstablished: false, up: false }), t('52.0.0.2', '169.254.10.5', 0, { bgpEstablished: false })], statics);
    expect(down.table.lookup('10.0.0.1')?.value.decision.best.tunnelId).toBe('52.0.0.2');
  });
  it('R160/R113: routes learned over a session that is not Established are not used', () => {
    const rib = buildDeviceRib({ asn: asn(65000) }, [t('52.0.0.1', '169.254.10.1', 100, { bgpEstablished: false })], []);
    expect(rib.table.size).toBe(0);
  });
});
