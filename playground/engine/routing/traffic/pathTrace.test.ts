import { describe, expect, it } from 'vitest';
import { traceFlow, traceRoundTrip, type Flow } from './pathTrace';
import { vgwWorld } from './vgwTestWorld';

const toSite: Flow = { from: { vpcId: 'vpc-1' }, srcIp: '10.0.1.10', dstIp: '192.168.1.20', protocol: 'tcp', srcPort: 40000, dstPort: 22, packetBytes: 1400, dontFragment: false };

describe('path trace', () => {
  it('R164/R169/R206: VPC → VGW → tunnel → device, each hop naming its route and rule', () => {
    const r = traceFlow(vgwWorld(), toSite);
    expect(r.delivered).toBe(true);
    expect(r.hops.map((h) => h.component)).toEqual(['vpc-1', 'vgw-1', '52.0.0.1', 'cgw-dev']);
    expect(r.hops.every((h) => /^R\d+$/.test(h.explanation.rule))).toBe(true);
  });
  it('R177: when the primary tunnel is down traffic leaves through the other one', () => {
    const r = traceFlow(vgwWorld({ tunnels: { '52.0.0.1': { ipsecUp: false } } }), toSite);
    expect(r.delivered).toBe(true);
    expect(r.tunnelId).toBe('52.0.0.2');
  });
  it('R170: propagated routes stay while the connection is UP, so a broken inner path drops as BAD_STATE_VPN', () => {
    const w = vgwWorld();
    const t = w.tunnels['52.0.0.1'];
    if (t) (w.tunnels as Record<string, typeof t>)['52.0.0.1'] = { ...t, view: { ...t.view, ipsecUp: false } };
    const r = traceFlow(w, toSite);
    expect(r.drop?.code).toBe('BAD_STATE_VPN');
  });
  it('R171/R164: with both tunnels down nothing is propagated and the VPC has no route', () => {
    const r = traceFlow(vgwWorld({ tunnels: { '52.0.0.1': { ipsecUp: false }, '52.0.0.2': { ipsecUp: false } } }), toSite);
    expect(r.drop?.code).toBe('NO_ROUTE_TO_DESTINATION');
  });
  it('R244: a packet larger than the tunnel MTU with DF set is dropped (no PMTUD)', () => {
    const r = traceFlow(vgwWorld({ mtu: 1422 }), { ...toSite, packetBytes: 1500, dontFragment: true });
    expect(r.drop).toMatchObject({ code: 'PACKET_TOO_BIG_DF_SET', explanation: { rule: 'R244' } });
  });
  it('R176: a missing security group rule drops on-prem → VPC traffic', () => {
    const r = traceFlow(vgwWorld({ inboundAllowed: ['172.16.0.0/12'] }), { ...toSite, from: { deviceId: 'cgw-dev' }, srcIp: '192.168.1.20', dstIp: '10.0.1.10' });
    expect(r.drop?.code).toBe('ENI_SG_RULES_MISMATCH');
  });
  it('R186/R6: prepending on tunnel 1 plus local preference on tunnel 1 makes the path asymmetric', () => {
    // AWS → on-prem avoids the prepended tunnel 1; on-prem → AWS prefers tunnel 1 by local preference
    const w = vgwWorld({ prepend: { '52.0.0.1': 3 }, devicePolicy: { localPref: { '52.0.0.1': 200 } } });
    const rt = traceRoundTrip(w, toSite, { deviceId: 'cgw-dev' });
    expect(rt.forward.tunnelId).toBe('52.0.0.2');
    expect(rt.reverse.tunnelId).toBe('52.0.0.1');
    expect(rt.asymmetric).toBe(true);
  });
  it('R185: without prepending both directions use the MED-preferred primary (symmetric)', () => {
    const rt = traceRoundTrip(vgwWorld(), toSite, { deviceId: 'cgw-dev' });
    expect(rt.asymmetric).toBe(false);
    expect(rt.reverse.delivered).toBe(true);
  });
});
