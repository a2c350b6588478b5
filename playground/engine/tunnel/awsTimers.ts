import { dpdRequest } from '../ike/ikeV2Informational';
import { rekeyChildRequest, rekeyIkeRequest } from '../ike/ikeV2CreateChildSa';
import { rUThere } from '../ike/ikeV1Informational';
import { RETRANSMIT_TRIES, retransmitDelayMs } from '../ike/retransmit';
import type { Side } from '../ike/ikeTypes';
import type { Draft } from './machineDraft';
import { awsMainModeRekey, awsQuickModeRekey, deviceQuickMode, v1MessageId } from './ikeV1Peers';
import { deviceChildRequest } from './deviceV2Peer';
import { DPD_IDLE_MS, awsInitiate, awsWantsToInitiate, deviceInitiate, scheduleRetry, wipeAws, wipeCgw } from './saLifecycle';
import type { TimerName } from './tunnelTypes';

export function onTimer(d: Draft, name: TimerName): void {
  switch (name) {
    case 'aws:retransmit':
    case 'cgw:retransmit':
      return retransmit(d, name === 'aws:retransmit' ? 'aws' : 'cgw');
    case 'aws:halfOpen': {
      const half = d.s.aws.halfOpen;
      if (!half) return;
      d.s.aws.halfOpen = null;
      // R393: the device never finished the exchange (e.g. UDP 4500 blocked after NAT detection).
      if (half.version === 'ikev2') d.note({ type: 'vpnLog', messageId: 'ikev2HalfOpenIkeSaTimeout', details: { cgw: d.ctx.aws.cgwIp ?? d.ctx.cgw?.seenAddress ?? 'unknown' } });
      d.s.statusMessage = 'Half-open IKE SA timed out (R393)';
      return;
    }
    case 'aws:dpd':
      return dpdTick(d);
    case 'aws:rekeyChild':
      return rekeyChild(d);
    case 'aws:rekeyIke':
      return rekeyIke(d);
    case 'aws:expireChild':
      // R85 lets the fuzzed rekey start just before expiry: an exchange still in flight may finish first.
      if (d.s.aws.rekeying.child && d.s.aws.pending) return d.arm('aws:expireChild', d.now + 1000);
      if (d.s.aws.child) {
        d.s.aws.child = null;
        d.s.aws.rekeying.child = false;
        d.s.statusMessage = 'Phase 2 lifetime expired without a rekey';
      }
      return;
    case 'aws:expireIke':
      if (d.s.aws.rekeying.ike && d.s.aws.pending) return d.arm('aws:expireIke', d.now + 1000);
      if (d.s.aws.ike) {
        wipeAws(d, 'Phase 1 lifetime expired without a rekey');
        scheduleRetry(d, 'aws');
      }
      return;
    case 'aws:initiate':
      if (awsWantsToInitiate(d)) awsInitiate(d);
      return;
    case 'cgw:dpd':
      return deviceDpdTick(d);
    case 'cgw:initiate': {
      const dev = d.ctx.cgw;
      if (!dev) return;
      if (!d.s.cgw.ike) return deviceInitiate(d);
      if (!d.s.cgw.child) return dev.ikeVersion === 'ikev1' ? deviceQuickMode(d) : deviceChildRequest(d, false);
      return;
    }
  }
}

function retransmit(d: Draft, side: Side): void {
  const p = d.peer(side).pending;
  if (!p) return;
  if (p.tries < RETRANSMIT_TRIES) {
    d.peer(side).pending = { ...p, tries: p.tries + 1 };
    d.send(p.msg);
    d.arm(`${side}:retransmit`, d.now + retransmitDelayMs(p.tries + 1));
    return;
  }
  // No answer after the last retransmission: the exchange fails.
  d.peer(side).pending = null;
  if (side === 'cgw') {
    if (!d.s.cgw.ike || p.purpose === 'saInit' || p.purpose === 'auth' || p.purpose.startsWith('mm')) wipeCgw(d);
    return scheduleRetry(d, 'cgw');
  }
  const aws = d.s.aws;
  aws.rekeying = { ike: false, child: false };
  if (p.purpose === 'saInit' || p.purpose === 'auth') {
    aws.halfOpen = null;
    d.s.statusMessage = 'No response from the customer gateway';
    scheduleRetry(d, 'aws');
  }
}

/** R51 Lab decision: probe after 10 s of silence, every 10 s; dead when silent for DPD timeout. */
function dpdTick(d: Draft): void {
  const { dpd, aws } = d.s;
  if (!dpd.dataSilent || !aws.ike) return;
  const timeoutMs = d.ctx.aws.dpdTimeoutS * 1000;
  if (d.now - dpd.lastHeard >= timeoutMs) return dpdDead(d);
  dpd.probes++;
  d.note({ type: 'dpdProbe', count: dpd.probes });
  d.send(aws.ike.version === 'ikev2' ? dpdRequest('aws', d.nextId('aws')) : rUThere('aws', v1MessageId(d)));
  d.arm('aws:dpd', Math.min(d.now + DPD_IDLE_MS, dpd.lastHeard + timeoutMs));
}

function dpdDead(d: Draft): void {
  const version = d.s.aws.ike?.version ?? 'ikev2';
  const action = d.ctx.aws.dpdAction;
  const retransmits = Math.max(0, d.s.dpd.probes - 1);
  // R117: the line is written whatever the timeout action.
  d.note(version === 'ikev1' ? { type: 'vpnLog', messageId: 'ikev1PeerNotResponsive' } : { type: 'vpnLog', messageId: 'ikev2DpdTimedOut', details: { retryCount: retransmits } });
  d.note({ type: 'dpdTimeout', action, retransmits });
  d.s.dpd.probes = 0;
  if (action === 'none') return; // R115: SAs and status stay; only expiry or a delete ends them
  if (action === 'clear') {
    wipeAws(d, 'DPD timeout: IKE session cleared (R113)');
    if (d.ctx.aws.startupAction === 'start') scheduleRetry(d, 'aws');
    else {
      d.note({ type: 'hint', rule: 'R113', text: 'Startup action is add: the tunnel stays down until the customer gateway initiates again.' });
      d.note({ type: 'hint', rule: 'R112', text: 'Without AWS-side initiation an idle tunnel can go down; continuous keepalive traffic from the customer side prevents it.' });
    }
    return;
  }
  wipeAws(d, 'DPD restart: AWS restarts the IKE session (R114)');
  d.s.awsRestarting = true;
  awsInitiate(d);
}

function rekeyChild(d: Draft): void {
  const aws = d.s.aws;
  if (!aws.ike || !aws.child) return;
  if (aws.pending) return d.arm('aws:rekeyChild', d.now + 1000); // one exchange at a time
  d.note({ type: 'rekeyStarted', phase: 2, initiator: 'aws' });
  if (aws.ike.version === 'ikev1') return awsQuickModeRekey(d);
  const id = d.nextId('aws');
  const spi = d.hex(8);
  const nonce = d.ctx.rand();
  aws.rekeying.child = true;
  d.note({ type: 'vpnLog', messageId: 'ikev2SendingChildSaRequest', details: { ikeMessageId: id } });
  d.request('aws', rekeyChildRequest(d.ctx.aws.peer, id, aws.child.spi, spi, nonce), 'rekeyChild', { nonce, newSpi: spi });
}

function rekeyIke(d: Draft): void {
  const aws = d.s.aws;
  if (!aws.ike) return;
  if (aws.pending) return d.arm('aws:rekeyIke', d.now + 1000);
  d.note({ type: 'rekeyStarted', phase: 1, initiator: 'aws' });
  if (aws.ike.version === 'ikev1') return awsMainModeRekey(d);
  aws.rekeying.ike = true;
  d.request('aws', rekeyIkeRequest(d.ctx.aws.peer, d.nextId('aws'), d.ctx.rand()), 'rekeyIke');
}

/** The device's own DPD (RFC 3706): probe, and after `dpdRetries` unanswered probes drop the SAs and start again. */
function deviceDpdTick(d: Draft): void {
  const dev = d.ctx.cgw;
  const ike = d.s.cgw.ike;
  if (!dev || !ike || !d.s.cgwDpd.silent) return;
  if (d.s.cgwDpd.probes >= dev.dpdRetries) {
    wipeCgw(d);
    if (dev.initiates) deviceInitiate(d);
    return;
  }
  d.s.cgwDpd.probes++;
  d.send(ike.version === 'ikev2' ? dpdRequest('cgw', d.nextId('cgw')) : rUThere('cgw', v1MessageId(d)));
  d.arm('cgw:dpd', d.now + dev.dpdIntervalMs);
}
