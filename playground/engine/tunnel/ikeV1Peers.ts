import { deleteV1, rUThereAck } from '../ike/ikeV1Informational';
import { mainMode1, mainMode2, mainMode3, mainMode4, mainMode4Nat, mainMode5, mainMode6, mainModeComplete } from '../ike/ikeV1MainMode';
import { quickMode1, quickMode2, quickMode3, quickModeComplete } from '../ike/ikeV1QuickMode';
import { HALF_OPEN_TIMEOUT_MS } from '../ike/retransmit';
import type { IkeMessage, PeerConfig, Side } from '../ike/ikeTypes';
import type { Draft } from './machineDraft';
import { awsChildEstablished, awsIkeEstablished, scheduleRetry, wipeAws, wipeCgw } from './saLifecycle';

/**
 * IKEv1 on both ends. The device opens main mode + quick mode; AWS answers, and itself starts
 * quick mode (phase 2 rekey) and main mode (phase 1 rekey) once a phase 1 SA exists.
 */
export function receiveV1(d: Draft, to: Side, msg: IkeMessage): void {
  if (to === 'aws' && !d.ctx.aws.peer.ikeVersions.includes('ikev1')) {
    return d.note({ type: 'messageIgnored', side: 'aws', reason: 'ikev1 is not in the tunnel IKE versions (R55)' });
  }
  if (to === 'cgw' && d.ctx.cgw?.ikeVersion !== 'ikev1') return;
  const cfg = to === 'aws' ? d.ctx.aws.peer : d.ctx.cgw?.peer;
  if (!cfg) return;
  const pending = d.peer(to).pending;
  const answersPending = pending !== null && msg.from !== to && pending.msg.messageId === msg.messageId && msg.response &&
    (msg.exchange === pending.msg.exchange || msg.exchange === 'INFORMATIONAL_V1');
  if (answersPending) return initiatorStep(d, to, cfg, msg);
  if (!msg.response || msg.exchange === 'QUICK_MODE' || msg.exchange === 'INFORMATIONAL_V1') responderStep(d, to, cfg, msg);
}

const seen = (d: Draft, to: Side): string => (to === 'aws' ? d.ctx.cgw?.seenAddress ?? '' : d.ctx.aws.peer.ownAddress);

function responderStep(d: Draft, to: Side, cfg: PeerConfig, msg: IkeMessage): void {
  const me = d.peer(to);
  if (msg.exchange === 'MAIN_MODE') {
    if (msg.step === 1) {
      if (to === 'aws' && me.ike && me.ike.initiator === 'cgw' && !me.pending) wipeAws(d, 'Peer started a new main mode');
      if (to === 'cgw' && me.ike && msg.from === 'aws' && !me.rekeying.ike) me.rekeying.ike = true;
      const r = mainMode2(cfg, msg);
      d.send(r.reply);
      if (!r.chosen) {
        if (to === 'aws') {
          d.note({ type: 'vpnLog', messageId: 'ikev1NoProposalMatchByAws' });
          d.s.statusMessage = `No phase 1 proposal match (${r.failed ?? 'proposal'}) (R380)`;
        }
        return;
      }
      me.halfOpen = { version: 'ikev1', chosen: r.chosen, since: d.now, spi: d.hex(16) };
      if (to === 'aws') d.arm('aws:halfOpen', d.now + HALF_OPEN_TIMEOUT_MS);
      return;
    }
    if (!me.halfOpen) return;
    if (msg.step === 3) {
      const r = mainMode4(cfg, msg, seen(d, to));
      if (((r.natDetected && d.ctx.cgw?.natTraversal !== false) || d.ctx.aws.forceNatT) && !d.s.natT) {
        d.s.natT = true;
        if (to === 'aws') d.note({ type: 'natTDetected' });
      }
      return d.send(r.reply);
    }
    if (msg.step === 5) {
      const r = mainMode6(cfg, msg);
      if (!r.ok || !r.reply) {
        // R379: keys derived from a different PSK do not decrypt message 5.
        if (to === 'aws') {
          d.note({ type: 'vpnLog', messageId: 'ikev1PskDecryptionFailed' });
          d.s.statusMessage = 'Pre-shared key mismatch (R379)';
        }
        return;
      }
      d.send(r.reply);
      const chosen = me.halfOpen.chosen!;
      const sa = { version: 'ikev1' as const, spi: me.halfOpen.spi, chosen, establishedAt: d.now, initiator: msg.from };
      me.halfOpen = null;
      if (to === 'aws') awsIkeEstablished(d, sa);
      else {
        me.ike = sa;
        me.rekeying.ike = false;
      }
    }
    return;
  }
  if (!me.ike) return d.note({ type: 'messageIgnored', side: to, reason: `${msg.exchange} without a phase 1 SA` });
  if (msg.exchange === 'QUICK_MODE') {
    if (msg.step === 1) {
      const spi = d.hex(8);
      const r = quickMode2(cfg, msg, spi, d.ctx.rand());
      d.send(r.reply);
      if (!r.result.ok) {
        if (to === 'aws') {
          d.note({ type: 'vpnLog', messageId: 'ikev1NoProposalChosen' }); // R381
          d.s.statusMessage = r.result.failed === 'trafficSelectors' ? 'Traffic selectors do not match the connection network CIDRs' : 'Phase 2 proposal mismatch (R381)';
        }
        return;
      }
      me.childHalfOpen = { messageId: msg.messageId, child: { spi, peerSpi: r.result.peerSpi, chosen: r.result.chosen, establishedAt: d.now } };
      return;
    }
    if (msg.step === 3 && me.childHalfOpen?.messageId === msg.messageId) {
      const child = { ...me.childHalfOpen.child, establishedAt: d.now };
      me.childHalfOpen = null;
      if (to === 'aws') awsChildEstablished(d, child);
      else me.child = child;
    }
    return;
  }
  // INFORMATIONAL_V1
  const b = msg.body;
  if (b.kind === 'dpd') return d.send(rUThereAck(msg, to));
  if (b.kind !== 'delete') return;
  if (b.what === 'ike') {
    if (to === 'aws') {
      d.note({ type: 'vpnLog', messageId: 'ikev1DeleteIkeSa' }); // R383
      wipeAws(d, 'Customer gateway deleted the IKE SA');
    } else {
      wipeCgw(d);
      scheduleRetry(d, 'cgw');
    }
    return;
  }
  if (to === 'aws') {
    d.note({ type: 'vpnLog', messageId: 'ikev1DeletePhase2Sa', details: { spi: b.spi } }); // R382
    if (me.child?.peerSpi === b.spi) {
      me.child = null;
      d.cancel('aws:rekeyChild');
      d.cancel('aws:expireChild');
      d.s.statusMessage = 'Customer gateway deleted the IPsec SA';
    }
  } else if (me.child?.peerSpi === b.spi) me.child = null;
}

function initiatorStep(d: Draft, me: Side, cfg: PeerConfig, msg: IkeMessage): void {
  const pending = d.peer(me).pending!;
  d.clearPending(me);
  const state = d.peer(me);
  const failed = msg.body.kind === 'notify';
  switch (pending.purpose) {
    case 'mm1':
      if (failed || msg.body.kind !== 'saChosen') return giveUp(d, me);
      state.halfOpen = { version: 'ikev1', chosen: msg.body.chosen, since: d.now, spi: d.hex(16) };
      return d.request(me, mainMode3(cfg, me === 'aws' ? d.ctx.aws.cgwIp ?? '' : d.ctx.aws.peer.ownAddress), 'mm3');
    case 'mm3':
      if ((mainMode4Nat(cfg, msg, seen(d, me)) && d.ctx.cgw?.natTraversal !== false) || d.ctx.aws.forceNatT) d.s.natT = true;
      return d.request(me, mainMode5(cfg), 'mm5');
    case 'mm5': {
      const half = state.halfOpen;
      state.halfOpen = null;
      if (!mainModeComplete(cfg, msg) || !half?.chosen) return giveUp(d, me);
      const sa = { version: 'ikev1' as const, spi: half.spi, chosen: half.chosen, establishedAt: d.now, initiator: me };
      if (me === 'aws') {
        awsIkeEstablished(d, sa);
        d.note({ type: 'rekeyCompleted', phase: 1 });
        return;
      }
      state.ike = sa;
      return deviceQuickMode(d);
    }
    case 'qm1': {
      const r = quickModeComplete(msg);
      if (!r.ok) {
        if (me === 'aws') {
          d.note({ type: 'vpnLog', messageId: 'ikev1NoProposalChosen' });
          state.rekeying.child = false;
        } else scheduleRetry(d, 'cgw');
        return;
      }
      d.send(quickMode3(me, msg.messageId));
      const child = { spi: pending.newSpi ?? '', peerSpi: r.peerSpi, chosen: r.chosen, establishedAt: d.now };
      if (me === 'cgw') state.child = child;
      else {
        const old = state.child;
        awsChildEstablished(d, child);
        d.note({ type: 'rekeyCompleted', phase: 2 });
        if (old) d.send(deleteV1('aws', Math.floor(d.ctx.rand() * 2 ** 31), 'child', old.spi));
      }
      return;
    }
    default:
      return;
  }
}

function giveUp(d: Draft, me: Side): void {
  if (me === 'aws') d.peer('aws').rekeying.ike = false;
  else scheduleRetry(d, 'cgw');
}

/** IKEv1 message ids for quick mode and informational exchanges are random 32-bit values. */
export const v1MessageId = (d: Draft): number => Math.floor(d.ctx.rand() * 2 ** 31);

export function deviceQuickMode(d: Draft): void {
  const dev = d.ctx.cgw;
  if (!dev || !d.s.cgw.ike || d.s.cgw.pending) return;
  const spi = d.hex(8);
  d.request('cgw', quickMode1(dev.peer, v1MessageId(d), spi, d.ctx.rand()), 'qm1', { newSpi: spi });
}

export function awsQuickModeRekey(d: Draft): void {
  const spi = d.hex(8);
  d.s.aws.rekeying.child = true;
  d.request('aws', quickMode1(d.ctx.aws.peer, v1MessageId(d), spi, d.ctx.rand()), 'qm1', { newSpi: spi });
}

export function awsMainModeRekey(d: Draft): void {
  d.s.aws.rekeying.ike = true;
  d.request('aws', mainMode1(d.ctx.aws.peer), 'mm1');
}
