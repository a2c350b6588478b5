import { describe, expect, it } from 'vitest';
import { flowHash, pickEcmpMember } from './ecmpHash';
import { TunnelCounters, tunnelLoad } from './tunnelCounters';

describe('tunnel limits and counters', () => {
  it('R443: 2 Gbps of large packets is capped at 1.25 Gbps', () => {
    const l = tunnelLoad(2e9, 1400);
    expect(l.carriedBps).toBeCloseTo(1.25e9);
    expect(l.limitedBy).toBe('Maximum bandwidth per VPN tunnel');
  });
  it('R443: small packets hit the 140,000 pps ceiling first', () => {
    const l = tunnelLoad(1e9, 100); // 1.25 Mpps offered
    expect(l.carriedPps).toBeCloseTo(140_000);
    expect(l.limitedBy).toBe('Maximum packets per second (PPS) per VPN tunnel');
  });
  it('R410/R411: counters hold the bytes since the previous datapoint', () => {
    const c = new TunnelCounters();
    c.add('52.0.0.1', 'in', 8000, 1000);
    c.add('52.0.0.1', 'out', 16000, 500);
    expect(c.drain('52.0.0.1')).toEqual({ TunnelDataIn: 1000, TunnelDataOut: 1000 });
    expect(c.drain('52.0.0.1')).toEqual({ TunnelDataIn: 0, TunnelDataOut: 0 });
  });
  it('R190: ECMP hashing keeps a flow on one tunnel and ignores member order', () => {
    const t = { srcIp: '10.0.0.5', dstIp: '192.168.1.5', protocol: 'tcp', srcPort: 40000, dstPort: 443 };
    const m = ['52.0.0.1', '52.0.0.2', '52.0.1.1'];
    expect(pickEcmpMember(m, (x) => x, t)).toBe(pickEcmpMember([...m].reverse(), (x) => x, t));
    const used = new Set(Array.from({ length: 50 }, (_, i) => pickEcmpMember(m, (x) => x, { ...t, srcPort: 40000 + i })));
    expect(used.size).toBe(3);
    expect(flowHash(t)).toBe(flowHash({ ...t }));
  });
});
