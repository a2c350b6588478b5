import { saInitRequest } from '../ike/ikeV2SaInit';
import { mainMode1 } from '../ike/ikeV1MainMode';
import type { Side } from '../ike/ikeTypes';
import { freshPeer, type Draft } from './machineDraft';
import { rekeyDelayMs } from './rekeySchedule';
import type { ChildSa, IkeSa } from './tunnelTypes';

/** The guide gives no retry interval for `Start`/`Restart` (R109, R114); VPN Lab retries every 10 s. */
export const AWS_RETRY_MS = 10_000;
/** A traffic-triggered device re-opens a failed negotiation when the next packet arrives: every 30 s here. */
export const DEVICE_RETRY_MS = 30_000;
/** R51 Lab decision: AWS probes after 10 s without hearing from the peer, then every 10 s. */
export const DPD_IDLE_MS = 10_000;

const AWS_TIMERS = ['aws:retransmit', 'aws:halfOpen', 'aws:dpd', 'aws:rekeyIke', 'aws:rekeyChild', 'aws:expireIke', 'aws:expireChild', 'aws:initiate'] as const;

export function awsIkeEstablished(d: Draft, sa: IkeSa): void {
  const { aws } = d.ctx;
  d.s.aws.ike = sa;
  d.s.aws.halfOpen = null;
  d.s.awsRestarting = false;
  // RFC 7296 §2.2: each end counts its own requests; the original initiator has used 0 and 1.
  if (sa.initiator === 'cgw' && sa.version === 'ikev2' && d.s.aws.rekeying.ike === false && !d.s.aws.child) d.s.aws.nextMessageId = 0;
  d.s.aws.rekeying.ike = false;
  d.cancel('aws:halfOpen');
  d.arm('aws:rekeyIke', d.now + rekeyDelayMs(aws.phase1LifetimeS, aws.rekeyMarginS, aws.rekeyFuzzPct, d.ctx.rand));
  d.arm('aws:expireIke', d.now + aws.phase1LifetimeS * 1000);
  d.s.dpd.lastHeard = d.now;
  d.s.dpd.probes = 0;
  if (d.s.dpd.dataSilent) d.arm('aws:dpd', d.now + DPD_IDLE_MS);
}

export function awsChildEstablished(d: Draft, child: ChildSa): void {
  const { aws } = d.ctx;
  d.s.aws.child = child;
  d.s.aws.rekeying.child = false;
  d.arm('aws:rekeyChild', d.now + rekeyDelayMs(aws.phase2LifetimeS, aws.rekeyMarginS, aws.rekeyFuzzPct, d.ctx.rand));
  d.arm('aws:expireChild', d.now + aws.phase2LifetimeS * 1000);
}

/** Forget every SA on the AWS side (DPD clear, expiry, replacement, IKE delete). */
export function wipeAws(d: Draft, reason: string): void {
  for (const t of AWS_TIMERS) d.cancel(t);
  const next = d.s.aws.nextMessageId;
  d.s.aws = freshPeer();
  d.s.aws.nextMessageId = next;
  d.s.statusMessage = reason;
  d.s.dpd.probes = 0;
  d.s.natT = false;
}

export function wipeCgw(d: Draft): void {
  d.cancel('cgw:retransmit');
  d.cancel('cgw:initiate');
  d.s.cgw = freshPeer();
}

/** AWS can initiate only with the device's IP (R87, R107) and only with IKEv2 (R108). */
export function awsCanInitiate(d: Draft): boolean {
  return d.ctx.aws.cgwIp !== undefined && d.ctx.aws.peer.ikeVersions.includes('ikev2');
}

export function awsInitiate(d: Draft): void {
  if (!awsCanInitiate(d) || d.s.aws.ike || d.s.aws.pending) return;
  d.s.natT = false;
  d.s.aws.nextMessageId = 1;
  d.request('aws', saInitRequest(d.ctx.aws.peer, d.ctx.aws.cgwIp ?? ''), 'saInit');
}

export function deviceInitiate(d: Draft): void {
  const dev = d.ctx.cgw;
  if (!dev || d.s.cgw.ike || d.s.cgw.pending) return;
  d.s.natT = false;
  d.s.cgw.nextMessageId = 1;
  if (dev.ikeVersion === 'ikev2') d.request('cgw', saInitRequest(dev.peer, d.ctx.aws.peer.ownAddress), 'saInit');
  else d.request('cgw', mainMode1(dev.peer), 'mm1');
}

/** After a failed or lost negotiation, whoever is supposed to initiate tries again later. */
export function scheduleRetry(d: Draft, side: Side): void {
  if (side === 'aws') {
    if (awsWantsToInitiate(d)) d.arm('aws:initiate', d.now + AWS_RETRY_MS);
  } else if (d.ctx.cgw?.initiates) {
    d.arm('cgw:initiate', d.now + DEVICE_RETRY_MS);
  }
}

/** `Start` (R87, R109) and a pending DPD `Restart` (R114) make AWS keep trying. */
export function awsWantsToInitiate(d: Draft): boolean {
  return awsCanInitiate(d) && (d.ctx.aws.startupAction === 'start' || d.s.awsRestarting);
}

/** Both sides lost the negotiation: retry on the side(s) that initiate. */
export function retryBoth(d: Draft): void {
  scheduleRetry(d, 'aws');
  scheduleRetry(d, 'cgw');
}
