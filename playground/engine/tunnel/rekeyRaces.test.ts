import { describe, expect, it } from 'vitest';
import { TunnelRig } from './tunnelRig';
import type { TunnelInput } from './tunnelTypes';

/**
 * Races around an AWS-initiated CHILD_SA rekey (PRACTICES #7): at the instant AWS sends
 *   HDR, SK {N(REKEY_SA), SA, Ni, KEi, TSi, TSr} -->
 * something else happens before the response arrives. One row per race.
 */
interface Race {
  name: string;
  during: (r: TunnelRig) => void;
  after: number;
  logs: string[];
  status: 'UP' | 'DOWN';
}

const device = (command: Extract<TunnelInput, { type: 'deviceCommand' }>['command']) => (r: TunnelRig) => r.host.input({ type: 'deviceCommand', command });

const RACES: Race[] = [
  { name: 'R388: the device rekeys the same CHILD_SA at once (collision, redundant SA deleted)', during: device('rekeyChild'), after: 5_000, logs: ['ikev2RedundantSaDeleted'], status: 'UP' },
  { name: 'R387: the device deletes the CHILD_SA being rekeyed', during: device('deleteChild'), after: 5_000, logs: ['ikev2ChildRekeyCollision'], status: 'UP' },
  { name: 'R384: the path fails mid-rekey; DPD declares the peer dead before the rekey times out', during: (r) => r.setPath({ pathUp: false }), after: 60_000, logs: ['ikev2DpdTimedOut'], status: 'DOWN' },
  { name: 'R385: the device deletes the IKE SA mid-rekey, then initiates again', during: device('deleteIke'), after: 60_000, logs: ['ikev2DeleteIkeSa'], status: 'UP' },
];

describe('CHILD_SA rekey races', () => {
  for (const race of RACES) {
    it(race.name, () => {
      const r = new TunnelRig({ aws: { rekeyFuzzPct: 0, phase2LifetimeS: 900, rekeyMarginS: 60 }, path: { latencyMs: 50 } }).start();
      r.kernel.runUntil(1000);
      const rekeyAt = r.host.state.aws.child!.establishedAt + 840_000;
      r.kernel.runUntil(rekeyAt + 10); // the rekey request is on the wire
      expect(r.host.state.phase2).toBe('Rekeying');
      race.during(r);
      r.kernel.runUntil(rekeyAt + race.after);
      expect(r.logs()).toEqual(expect.arrayContaining(race.logs));
      expect(r.host.state.status).toBe(race.status);
    });
  }
});
