import type { Phase1Transforms, Phase2Transforms, Selected1, Selected2, Side } from './ikeTypes';

/** The order of R68–R73, which is the order the AWS endpoint walks (R89 Lab decision). */
export const AWS_ORDER = {
  encryption: ['AES128', 'AES256', 'AES128-GCM-16', 'AES256-GCM-16'],
  integrity: ['SHA1', 'SHA2-256', 'SHA2-384', 'SHA2-512'],
  phase1Dh: [2, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24],
  phase2Dh: [2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24],
} as const;

const norm = (s: string): string => s.toUpperCase();

/**
 * Pick one value of a transform type. The AWS endpoint walks its own allowed values in R68–R73
 * order and takes the first the device offers, whatever the device's order (R89). A device as
 * responder takes its own first choice that the AWS endpoint offered.
 */
function pick<T extends string | number>(responder: Side, responderValues: readonly T[], offered: readonly T[], awsOrder: readonly T[]): T | undefined {
  const offeredSet = new Set(offered.map((v) => (typeof v === 'string' ? norm(v) : v)));
  const has = (v: T): boolean => offeredSet.has((typeof v === 'string' ? norm(v) : v) as never);
  if (responder === 'aws') {
    const allowed = new Set(responderValues.map((v) => (typeof v === 'string' ? norm(v) : v)));
    return awsOrder.find((v) => allowed.has((typeof v === 'string' ? norm(v) : v) as never) && has(v));
  }
  return responderValues.find(has);
}

/** GCM modes carry their own integrity check; the integrity list still has to match as AWS lists it. */
export type SelectionFailure = { readonly failed: 'encryption' | 'integrity' | 'dhGroup' | 'pfs' };

export function selectPhase1(responder: Side, own: Phase1Transforms, offered: Phase1Transforms): Selected1 | SelectionFailure {
  const encryption = pick(responder, own.encryption, offered.encryption, AWS_ORDER.encryption as readonly string[]);
  if (!encryption) return { failed: 'encryption' };
  const integrity = pick(responder, own.integrity, offered.integrity, AWS_ORDER.integrity as readonly string[]);
  if (!integrity) return { failed: 'integrity' };
  const dhGroup = pick(responder, own.dhGroups, offered.dhGroups, AWS_ORDER.phase1Dh as readonly number[]);
  if (dhGroup === undefined) return { failed: 'dhGroup' };
  return { encryption, integrity, dhGroup };
}

/**
 * Phase 2 / CHILD_SA. `withKe` is false for the first IKEv2 CHILD_SA (created inside IKE_AUTH,
 * which carries no KE payload); PFS is checked from the first CREATE_CHILD_SA rekey on, and in
 * every IKEv1 quick mode. AWS requires PFS (R240): a peer proposing no DH group gets no proposal.
 */
export function selectPhase2(responder: Side, own: Phase2Transforms, offered: Phase2Transforms, withKe: boolean): Selected2 | SelectionFailure {
  const encryption = pick(responder, own.encryption, offered.encryption, AWS_ORDER.encryption as readonly string[]);
  if (!encryption) return { failed: 'encryption' };
  const integrity = pick(responder, own.integrity, offered.integrity, AWS_ORDER.integrity as readonly string[]);
  if (!integrity) return { failed: 'integrity' };
  if (!withKe) return { encryption, integrity, dhGroup: null };
  if (own.pfs !== offered.pfs) return { failed: 'pfs' };
  if (!own.pfs) return { encryption, integrity, dhGroup: null };
  const dhGroup = pick(responder, own.dhGroups, offered.dhGroups, AWS_ORDER.phase2Dh as readonly number[]);
  if (dhGroup === undefined) return { failed: 'dhGroup' };
  return { encryption, integrity, dhGroup };
}

export const isFailure = (x: Selected1 | Selected2 | SelectionFailure): x is SelectionFailure => 'failed' in x;
