/**
 * Phase 1 and phase 2 proposal checks: the same selection the engine's negotiation uses
 * (R89, ike/proposalSelection.ts), reported per transform with the log line it produces:
 * phase 1 → "No Proposal Match Found by AWS" (R380, R395); phase 2 → "No proposal chosen"
 * (R381, R394/R396); a device without PFS is refused as well (R240).
 */
import type { DeviceTunnelSpec } from '../schema/deviceSchema';
import { isFailure, selectPhase1, selectPhase2 } from '../ike/proposalSelection';
import type { AllowedLists } from './proposalChoice';
import type { IkeVersion, Mismatch } from './types';

const FIELD = { encryption: 'EncryptionAlgorithms', integrity: 'IntegrityAlgorithms', dhGroup: 'DHGroupNumbers', pfs: 'Pfs' } as const;

export function proposalMismatches(dev: DeviceTunnelSpec, a: AllowedLists, n: 1 | 2, i: number, version: IkeVersion, lineOf: (p: string) => { line?: number }): Mismatch[] {
  const out: Mismatch[] = [];
  const p1 = dev.Phase1Proposal;
  if (p1) {
    const r = selectPhase1('aws', { encryption: a.Phase1EncryptionAlgorithms, integrity: a.Phase1IntegrityAlgorithms, dhGroups: a.Phase1DHGroupNumbers }, { encryption: p1.EncryptionAlgorithms, integrity: p1.IntegrityAlgorithms, dhGroups: p1.DHGroupNumbers });
    if (isFailure(r)) {
      const field = FIELD[r.failed === 'pfs' ? 'dhGroup' : r.failed];
      const awsOption = `Phase1${field === 'DHGroupNumbers' ? 'DHGroupNumbers' : field}`;
      const path = `Tunnels[${i}].Phase1Proposal.${field}`;
      out.push({
        severity: 'error', tunnelNumber: n, setting: path, ...lineOf(path), deviceValue: p1[field as 'EncryptionAlgorithms'], awsOption,
        awsValue: a[awsOption as keyof AllowedLists], rules: ['R89', version === 'ikev1' ? 'R380' : 'R395'],
        failure: 'NO_PROPOSAL_CHOSEN in phase 1', logMessageId: version === 'ikev1' ? 'ikev1NoProposalMatchByAws' : 'ikev2NoProposalMatchByAws',
        message: `None of the device's phase 1 ${field} is allowed on tunnel ${n}.`,
      });
    }
  }
  const p2 = dev.Phase2Proposal;
  if (p2) {
    const pfs = p2.Pfs ?? true;
    const r = selectPhase2('aws', { encryption: a.Phase2EncryptionAlgorithms, integrity: a.Phase2IntegrityAlgorithms, dhGroups: a.Phase2DHGroupNumbers, pfs: true }, { encryption: p2.EncryptionAlgorithms, integrity: p2.IntegrityAlgorithms, dhGroups: pfs ? p2.DHGroupNumbers : [], pfs }, true);
    if (isFailure(r)) {
      const field = FIELD[r.failed];
      const awsOption = r.failed === 'pfs' ? 'Phase2DHGroupNumbers' : `Phase2${field}`;
      const path = `Tunnels[${i}].Phase2Proposal.${field}`;
      out.push({
        severity: 'error', tunnelNumber: n, setting: path, ...lineOf(path), deviceValue: r.failed === 'pfs' ? false : p2[field as 'EncryptionAlgorithms'], awsOption,
        awsValue: a[awsOption as keyof AllowedLists], rules: r.failed === 'pfs' ? ['R240', 'R381'] : ['R89', version === 'ikev1' ? 'R381' : 'R394'],
        failure: 'NO_PROPOSAL_CHOSEN in phase 2', logMessageId: version === 'ikev1' ? 'ikev1NoProposalChosen' : 'ikev2NoProposalChosen',
        message: r.failed === 'pfs' ? 'The device does not use PFS; AWS requires a phase 2 DH group (R240).' : `None of the device's phase 2 ${field} is allowed on tunnel ${n}.`,
      });
    }
  }
  return out;
}
