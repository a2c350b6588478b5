import { describe, expect, it } from 'vitest';
import { dimensionDefinitions, logFieldDefinitions, metricDefinitions } from './reference';

describe('reference tables', () => {
  it('R408–R413: three AWS/VPN metrics with the two dimensions', () => {
    expect(metricDefinitions.map((m) => [m.name, m.unit])).toEqual([
      ['TunnelState', 'Fractional value between 0 and 1'], ['TunnelDataIn', 'Bytes'], ['TunnelDataOut', 'Bytes'],
    ]);
    expect(dimensionDefinitions.map((d) => d.name)).toEqual(['VpnId', 'TunnelIpAddress']);
  });
  it('R376/R377: eight log fields in the guide order with the phase states', () => {
    expect(logFieldDefinitions.map((f) => f.name)).toEqual([
      'VpnLogCreationTimestamp', 'VpnConnectionId', 'TunnelOutsideIPAddress', 'TunnelDPDEnabled',
      'TunnelCGWNATTDetectionStatus', 'TunnelIKEPhase1State', 'TunnelIKEPhase2State', 'VpnLogDetail',
    ]);
    expect(logFieldDefinitions[5]?.values).toEqual(['Established', 'Rekeying', 'Negotiating', 'Down']);
  });
});
