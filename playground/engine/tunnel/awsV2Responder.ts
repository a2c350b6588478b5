import { authRequest, authComplete, authRespond } from '../ike/ikeV2Auth';
import { rekeyChildComplete, rekeyChildRespond, rekeyIkeRespond } from '../ike/ikeV2CreateChildSa';
import { deleteRequest, informationalResponse } from '../ike/ikeV2Informational';
import { saInitComplete, saInitRespond } from '../ike/ikeV2SaInit';
import { HALF_OPEN_TIMEOUT_MS } from '../ike/retransmit';
import type { IkeMessage, Notify } from '../ike/ikeTypes';
import type { Draft } from './machineDraft';
import { awsChildEstablished, awsIkeEstablished, scheduleRetry, wipeAws, awsInitiate } from './saLifecycle';

/** IKEv2 messages arriving at the AWS endpoint. */
export function awsReceivesV2(d: Draft, msg: IkeMessage): void {
  if (msg.response) awsV2Response(d, msg);
  else awsV2Request(d, msg);
}

const cgwName = (d: Draft): string => d.ctx.aws.cgwIp ?? d.ctx.cgw?.seenAddress ?? 'unknown';

/** R396: a CHILD_SA mismatch logs "No proposal chosen" then "unable to establish while keeping Phase 1"; R390 for selectors. */
export function logChildFailure(d: Draft, notify: Notify): void {
  if (notify === 'TS_UNACCEPTABLE') d.note({ type: 'vpnLog', messageId: 'ikev2TsUnacceptable' });
  else {
    d.note({ type: 'vpnLog', messageId: 'ikev2NoProposalChosen' });
    d.note({ type: 'vpnLog', messageId: 'ikev2Phase2FailedKeepingPhase1' });
  }
  d.s.statusMessage = notify === 'TS_UNACCEPTABLE' ? 'Traffic selectors do not match the connection network CIDRs (R390)' : 'Phase 2 proposal mismatch (R389)';
}

function awsV2Request(d: Draft, msg: IkeMessage): void {
  const aws = d.s.aws;
  const cfg = d.ctx.aws.peer;
  if (msg.exchange === 'IKE_SA_INIT') {
    // A new IKE_SA_INIT from the device replaces whatever AWS held (the device restarted).
    if (aws.ike || aws.pending) wipeAws(d, 'Peer started a new IKE_SA');
    const { reply, result } = saInitRespond(cfg, msg, d.ctx.cgw?.seenAddress ?? '');
    d.send(reply);
    if (!result.ok) {
      d.note({ type: 'vpnLog', messageId: 'ikev2NoProposalMatchByAws' });
      d.s.statusMessage = `No phase 1 proposal match (${result.failed}) (R395)`;
      return;
    }
    d.s.aws.halfOpen = { version: 'ikev2', chosen: result.chosen, since: d.now, spi: d.hex(16) };
    if ((result.natDetected && d.ctx.cgw?.natTraversal !== false) || d.ctx.aws.forceNatT) {
      d.s.natT = true;
      d.note({ type: 'natTDetected' });
    }
    d.arm('aws:halfOpen', d.now + HALF_OPEN_TIMEOUT_MS);
    return;
  }
  if (msg.exchange === 'IKE_AUTH') {
    const half = aws.halfOpen;
    if (!half || !half.chosen) return d.note({ type: 'messageIgnored', side: 'aws', reason: 'IKE_AUTH without IKE_SA_INIT' });
    const childSpi = d.hex(8);
    const { reply, result } = authRespond(cfg, msg, childSpi);
    d.send(reply);
    if (result.ike === 'AUTHENTICATION_FAILED') {
      if (d.ctx.aws.authMethod === 'psk') d.note({ type: 'vpnLog', messageId: 'ikev2PskMismatch', details: { cgw: cgwName(d) } });
      d.note({ type: 'vpnLog', messageId: 'ikev2AuthenticationFailed' });
      d.s.aws.halfOpen = null;
      d.cancel('aws:halfOpen');
      d.s.statusMessage = 'Pre-shared key mismatch (R392)';
      return;
    }
    awsIkeEstablished(d, { version: 'ikev2', spi: half.spi, chosen: half.chosen, establishedAt: d.now, initiator: 'cgw' });
    if ('child' in result) awsChildEstablished(d, { spi: childSpi, peerSpi: result.peerSpi, chosen: result.child, establishedAt: d.now });
    else logChildFailure(d, result.childError);
    return;
  }
  if (!aws.ike) return d.note({ type: 'messageIgnored', side: 'aws', reason: `${msg.exchange} without an IKE SA` });
  if (msg.exchange === 'CREATE_CHILD_SA') {
    if (msg.body.kind === 'ikeRekey') {
      const { reply, chosen } = rekeyIkeRespond(cfg, msg);
      d.send(reply);
      if (chosen) awsIkeEstablished(d, { ...aws.ike, spi: d.hex(16), chosen, establishedAt: d.now });
      return;
    }
    d.note({ type: 'vpnLog', messageId: 'ikev2ProcessedChildSaRequest', details: { ikeMessageId: msg.messageId } });
    const nonce = d.ctx.rand();
    const newSpi = d.hex(8);
    const { reply, result } = rekeyChildRespond(cfg, msg, newSpi, nonce);
    d.send(reply);
    d.note({ type: 'vpnLog', messageId: 'ikev2SendingChildSaResponse', details: { ikeMessageId: msg.messageId } });
    if (!result.ok) return logChildFailure(d, result.notify);
    // Our own rekey of the same SA is in flight: a simultaneous rekey (RFC 7296 §2.8.1).
    if (aws.pending?.purpose === 'rekeyChild' && msg.body.kind === 'childProposal' && msg.body.rekeySpi !== undefined) {
      d.s.aws.collisionNonce = Math.min(nonce, result.peerNonce);
    }
    awsChildEstablished(d, { spi: newSpi, peerSpi: result.peerSpi, chosen: result.chosen, establishedAt: d.now });
    return;
  }
  // INFORMATIONAL
  const b = msg.body;
  if (b.kind === 'delete' && b.what === 'ike') {
    d.note({ type: 'vpnLog', messageId: 'ikev2DeleteIkeSa' });
    d.send(informationalResponse(msg, 'aws'));
    wipeAws(d, 'Customer gateway deleted the IKE SA');
    awsInitiate(d); // R110: with Start, a delete from the device makes AWS negotiate again
    return;
  }
  if (b.kind === 'delete' && b.what === 'child') {
    const rekeyingThis = aws.pending?.purpose === 'rekeyChild';
    d.note(rekeyingThis ? { type: 'vpnLog', messageId: 'ikev2ChildRekeyCollision' } : { type: 'vpnLog', messageId: 'ikev2DeletePhase2Sa', details: { spi: b.spi } });
    d.send(informationalResponse(msg, 'aws', aws.child?.spi));
    if (aws.child && aws.child.peerSpi === b.spi) {
      d.s.aws.child = null;
      d.cancel('aws:rekeyChild');
      d.cancel('aws:expireChild');
      d.s.statusMessage = 'Customer gateway deleted the IPsec SA';
    }
    return;
  }
  d.send(informationalResponse(msg, 'aws'));
}

function awsV2Response(d: Draft, msg: IkeMessage): void {
  const pending = d.s.aws.pending;
  if (!pending || pending.msg.messageId !== msg.messageId || pending.msg.exchange !== msg.exchange) return;
  d.clearPending('aws');
  const cfg = d.ctx.aws.peer;
  switch (pending.purpose) {
    case 'saInit': {
      const r = saInitComplete(cfg, msg, d.ctx.cgw?.seenAddress ?? d.ctx.aws.cgwIp ?? '');
      if (!r.ok) {
        d.note({ type: 'vpnLog', messageId: 'ikev2NoProposalMatchByAws' });
        d.s.statusMessage = `No phase 1 proposal match (${r.failed}) (R395)`;
        return scheduleRetry(d, 'aws');
      }
      if ((r.natDetected && d.ctx.cgw?.natTraversal !== false) || d.ctx.aws.forceNatT) {
        d.s.natT = true;
        d.note({ type: 'natTDetected' });
      }
      d.s.aws.halfOpen = { version: 'ikev2', chosen: r.chosen, since: d.now, spi: d.hex(16) };
      const spi = d.hex(8);
      d.request('aws', authRequest(cfg, spi), 'auth', { newSpi: spi });
      d.s.aws.nextMessageId = 2;
      return;
    }
    case 'auth': {
      const half = d.s.aws.halfOpen;
      d.s.aws.halfOpen = null;
      const r = authComplete(cfg, msg);
      if (r.ike === 'AUTHENTICATION_FAILED' || !half?.chosen) {
        if (d.ctx.aws.authMethod === 'psk') d.note({ type: 'vpnLog', messageId: 'ikev2PskMismatch', details: { cgw: cgwName(d) } });
        d.s.statusMessage = d.ctx.aws.authMethod === 'psk' ? 'Pre-shared key mismatch (R392)' : 'Certificate authentication failed (R391)';
        return scheduleRetry(d, 'aws');
      }
      awsIkeEstablished(d, { version: 'ikev2', spi: half.spi, chosen: half.chosen, establishedAt: d.now, initiator: 'aws' });
      if ('child' in r) awsChildEstablished(d, { spi: pending.newSpi ?? d.hex(8), peerSpi: r.peerSpi, chosen: r.child, establishedAt: d.now });
      else logChildFailure(d, r.childError);
      return;
    }
    case 'rekeyChild': {
      d.note({ type: 'vpnLog', messageId: 'ikev2ProcessedChildSaResponse', details: { ikeMessageId: msg.messageId } });
      d.s.aws.rekeying.child = false;
      const r = rekeyChildComplete(msg);
      if (!r.ok) return logChildFailure(d, r.notify);
      const old = d.s.aws.child;
      const collision = d.s.aws.collisionNonce;
      d.s.aws.collisionNonce = null;
      if (collision !== null) {
        // Both sides rekeyed: the SA with the lowest nonce is redundant and its initiator deletes it.
        d.note({ type: 'vpnLog', messageId: 'ikev2RedundantSaDeleted' });
        const oursRedundant = Math.min(pending.nonce ?? 1, r.peerNonce) < collision;
        if (oursRedundant) return d.request('aws', deleteRequest('aws', d.nextId('aws'), 'child', pending.newSpi ?? ''), 'delete');
      }
      awsChildEstablished(d, { spi: pending.newSpi ?? d.hex(8), peerSpi: r.peerSpi, chosen: r.chosen, establishedAt: d.now });
      d.note({ type: 'rekeyCompleted', phase: 2 });
      if (old && collision === null) d.request('aws', deleteRequest('aws', d.nextId('aws'), 'child', old.spi), 'delete');
      return;
    }
    case 'rekeyIke': {
      d.s.aws.rekeying.ike = false;
      if (msg.body.kind === 'ikeRekeyChosen' && d.s.aws.ike) {
        awsIkeEstablished(d, { ...d.s.aws.ike, spi: d.hex(16), chosen: msg.body.chosen, establishedAt: d.now });
        d.note({ type: 'rekeyCompleted', phase: 1 });
      }
      return;
    }
    default:
      return;
  }
}
