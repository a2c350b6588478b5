/**
 * Which single transform of each kind a generated device configuration proposes. The device is
 * restricted to one value per kind, taken from the tunnel's allowed list (R68–R73), so AWS can
 * only select that value (R89). Unlike the AWS samples' minimum AES128/SHA1/group 2 (R272), the
 * preference below takes the strongest widely supported CBC suite the tunnel allows.
 */
import {
  ENCRYPTION_ALGORITHMS, INTEGRITY_ALGORITHMS, PHASE1_DH_GROUPS, PHASE2_DH_GROUPS, IKE_VERSIONS,
} from '../schema/optionValues';
import type { TunnelOption } from '@aws-sdk/client-ec2';

export interface ProposalChoice {
  readonly encryption: string;
  readonly integrity: string;
  readonly dhGroup: number;
}

/** The tunnel's allowed lists; a list describe-vpn-connections omits means the default, all values (R68–R73, R55). */
export interface AllowedLists {
  readonly Phase1EncryptionAlgorithms: readonly string[];
  readonly Phase2EncryptionAlgorithms: readonly string[];
  readonly Phase1IntegrityAlgorithms: readonly string[];
  readonly Phase2IntegrityAlgorithms: readonly string[];
  readonly Phase1DHGroupNumbers: readonly number[];
  readonly Phase2DHGroupNumbers: readonly number[];
  readonly IkeVersions: readonly string[];
}

const ENCRYPTION_PREFERENCE = ['AES256', 'AES128', 'AES256-GCM-16', 'AES128-GCM-16'];
const INTEGRITY_PREFERENCE = ['SHA2-256', 'SHA2-384', 'SHA2-512', 'SHA1'];
const DH_PREFERENCE = [14, 19, 20, 21, 15, 16, 17, 18, 24, 23, 22, 5, 2];

function valuesOf<T>(list: readonly { Value?: T | undefined }[] | undefined, all: readonly T[]): readonly T[] {
  const out = (list ?? []).map((v) => v.Value).filter((v): v is T => v !== undefined && v !== null);
  return out.length > 0 ? out : all;
}

const upper = (xs: readonly string[]): string[] => xs.map((x) => x.toUpperCase());

export function allowedLists(t: TunnelOption): AllowedLists {
  return {
    Phase1EncryptionAlgorithms: upper(valuesOf(t.Phase1EncryptionAlgorithms, ENCRYPTION_ALGORITHMS)),
    Phase2EncryptionAlgorithms: upper(valuesOf(t.Phase2EncryptionAlgorithms, ENCRYPTION_ALGORITHMS)),
    Phase1IntegrityAlgorithms: upper(valuesOf(t.Phase1IntegrityAlgorithms, INTEGRITY_ALGORITHMS)),
    Phase2IntegrityAlgorithms: upper(valuesOf(t.Phase2IntegrityAlgorithms, INTEGRITY_ALGORITHMS)),
    Phase1DHGroupNumbers: valuesOf(t.Phase1DHGroupNumbers, PHASE1_DH_GROUPS),
    Phase2DHGroupNumbers: valuesOf(t.Phase2DHGroupNumbers, PHASE2_DH_GROUPS),
    IkeVersions: valuesOf(t.IkeVersions, IKE_VERSIONS).map((v) => v.toLowerCase()),
  };
}

function prefer<T>(preference: readonly T[], allowed: readonly T[]): T | undefined {
  return preference.find((p) => allowed.includes(p));
}

export function chooseProposals(a: AllowedLists): { phase1: ProposalChoice; phase2: ProposalChoice } | undefined {
  const p1e = prefer(ENCRYPTION_PREFERENCE, a.Phase1EncryptionAlgorithms);
  const p1i = prefer(INTEGRITY_PREFERENCE, a.Phase1IntegrityAlgorithms);
  const p1d = prefer(DH_PREFERENCE, a.Phase1DHGroupNumbers);
  const p2e = prefer(ENCRYPTION_PREFERENCE, a.Phase2EncryptionAlgorithms);
  const p2i = prefer(INTEGRITY_PREFERENCE, a.Phase2IntegrityAlgorithms);
  const p2d = prefer(DH_PREFERENCE, a.Phase2DHGroupNumbers);
  if (!p1e || !p1i || p1d === undefined || !p2e || !p2i || p2d === undefined) return undefined;
  return { phase1: { encryption: p1e, integrity: p1i, dhGroup: p1d }, phase2: { encryption: p2e, integrity: p2i, dhGroup: p2d } };
}

export const isGcm = (encryption: string): boolean => encryption.toUpperCase().includes('GCM');
