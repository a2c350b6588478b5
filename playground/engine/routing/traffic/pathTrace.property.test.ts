import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { traceFlow } from './pathTrace';
import { vgwWorld } from './vgwTestWorld';

describe('path trace properties', () => {
  it('R177/R113: no traffic enters a down tunnel while a healthy path exists', () => {
    fc.assert(
      fc.property(
        fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(),
        fc.integer({ min: 1024, max: 65535 }), fc.integer({ min: 1, max: 254 }), fc.boolean(),
        (up1, up2, healthy1, healthy2, port, host, fromVpc) => {
          const w = vgwWorld({ tunnels: { '52.0.0.1': { ipsecUp: up1, endpointHealthy: healthy1 }, '52.0.0.2': { ipsecUp: up2, endpointHealthy: healthy2 } } });
          const flow = fromVpc
            ? { from: { vpcId: 'vpc-1' }, srcIp: `10.0.1.${host}`, dstIp: '192.168.1.1', protocol: 'tcp', srcPort: port, dstPort: 443, packetBytes: 500, dontFragment: false }
            : { from: { deviceId: 'cgw-dev' }, srcIp: `192.168.1.${host}`, dstIp: '10.0.1.1', protocol: 'tcp', srcPort: port, dstPort: 443, packetBytes: 500, dontFragment: false };
          const r = traceFlow(w, flow);
          const healthyPath = (up1 && healthy1) || (up2 && healthy2);
          if (r.tunnelId !== undefined && healthyPath) {
            const t = w.tunnels[r.tunnelId]?.view;
            expect(t?.ipsecUp).toBe(true);
          }
          if (healthyPath) expect(r.delivered).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
