import { authComplete, authRequest, authRespond } from '../ike/ikeV2Auth';
import { rekeyChildComplete, rekeyChildRequest, rekeyChildRespond, rekeyIkeRespond } from '../ike/ikeV2CreateChildSa';
import { informationalResponse } from '../ike/ikeV2Informational';
import { saInitComplete, saInitRespond } from '../ike/ikeV2SaInit';
import type { IkeMessage } from '../ike/ikeTypes';
import type { Draft } from './machineDraft';
import { scheduleRetry, wipeCgw } from './saLifecycle';

/**
 * The customer gateway device's IKEv2 side. It follows its own configuration (R14) and answers
 * as RFC 7296 says; the lab's faults come from what it is configured with.
 */
export function deviceReceivesV2(d: Draft, msg: IkeMessage): void {
  const dev = d.ctx.cgw;
  if (!dev) return;
  if (dev.ikeVersion !== 'ikev2') return d.note({ type: 'messageIgnored', side: 'cgw', reason: 'device is configured for IKEv1' });
  if (msg.response) return deviceV2Response(d, msg);
  const cgw = d.s.cgw;
  const cfg = dev.peer;
  if (msg.exchange === 'IKE_SA_INIT') {
    // Both ends initiating at once (Start + an initiating device): the device keeps its own exchange and AWS answers it.
    if (cgw.pending && (cgw.pending.purpose === 'saInit' || cgw.pending.purpose === 'auth')) return d.note({ type: 'messageIgnored', side: 'cgw', reason: 'own IKE_SA_INIT in progress' });
    if (cgw.ike || cgw.pending) wipeCgw(d);
    const { reply, result } = saInitRespond(cfg, msg, d.ctx.aws.peer.ownAddress);
    d.send(reply);
    if (result.ok) {
      d.s.cgw.halfOpen = { version: 'ikev2', chosen: result.chosen, since: d.now, spi: d.hex(16) };
      if (result.natDetected && dev.natTraversal) d.s.natT = true;
    }
    return;
  }
  if (msg.exchange === 'IKE_AUTH') {
    const half = cgw.halfOpen;
    if (!half?.chosen) return;
    const spi = d.hex(8);
    const { reply, result } = authRespond(cfg, msg, spi);
    d.send(reply);
    d.s.cgw.halfOpen = null;
    if (result.ike === 'AUTHENTICATION_FAILED') return;
    d.s.cgw.ike = { version: 'ikev2', spi: half.spi, chosen: half.chosen, establishedAt: d.now, initiator: 'aws' };
    d.s.cgw.nextMessageId = 1;
    if ('child' in result) d.s.cgw.child = { spi, peerSpi: result.peerSpi, chosen: result.child, establishedAt: d.now };
    return;
  }
  if (!cgw.ike) return;
  if (msg.exchange === 'CREATE_CHILD_SA') {
    if (msg.body.kind === 'ikeRekey') {
      const { reply, chosen } = rekeyIkeRespond(cfg, msg);
      d.send(reply);
      if (chosen) d.s.cgw.ike = { ...cgw.ike, chosen, establishedAt: d.now };
      return;
    }
    const spi = d.hex(8);
    const { reply, result } = rekeyChildRespond(cfg, msg, spi, d.ctx.rand());
    d.send(reply);
    if (result.ok) d.s.cgw.child = { spi, peerSpi: result.peerSpi, chosen: result.chosen, establishedAt: d.now };
    return;
  }
  const b = msg.body;
  if (b.kind === 'delete' && b.what === 'ike') {
    d.send(informationalResponse(msg, 'cgw'));
    wipeCgw(d);
    return scheduleRetry(d, 'cgw');
  }
  if (b.kind === 'delete' && b.what === 'child') {
    d.send(informationalResponse(msg, 'cgw', cgw.child?.spi));
    if (cgw.child?.peerSpi === b.spi) d.s.cgw.child = null;
    return;
  }
  d.send(informationalResponse(msg, 'cgw'));
}

function deviceV2Response(d: Draft, msg: IkeMessage): void {
  const pending = d.s.cgw.pending;
  const dev = d.ctx.cgw;
  if (!dev || !pending || pending.msg.messageId !== msg.messageId || pending.msg.exchange !== msg.exchange) return;
  d.clearPending('cgw');
  switch (pending.purpose) {
    case 'saInit': {
      const r = saInitComplete(dev.peer, msg, d.ctx.aws.peer.ownAddress);
      if (!r.ok) return scheduleRetry(d, 'cgw');
      if (r.natDetected && dev.natTraversal) d.s.natT = true;
      d.s.cgw.halfOpen = { version: 'ikev2', chosen: r.chosen, since: d.now, spi: d.hex(16) };
      const spi = d.hex(8);
      d.request('cgw', authRequest(dev.peer, spi), 'auth', { newSpi: spi });
      d.s.cgw.nextMessageId = 2;
      return;
    }
    case 'auth': {
      const half = d.s.cgw.halfOpen;
      d.s.cgw.halfOpen = null;
      const r = authComplete(dev.peer, msg);
      if (r.ike === 'AUTHENTICATION_FAILED' || !half?.chosen) return scheduleRetry(d, 'cgw');
      d.s.cgw.ike = { version: 'ikev2', spi: half.spi, chosen: half.chosen, establishedAt: d.now, initiator: 'cgw' };
      if ('child' in r) d.s.cgw.child = { spi: pending.newSpi ?? '', peerSpi: r.peerSpi, chosen: r.child, establishedAt: d.now };
      else scheduleRetry(d, 'cgw'); // try a new CHILD_SA later
      return;
    }
    case 'newChild':
    case 'rekeyChild': {
      const r = rekeyChildComplete(msg);
      if (r.ok) d.s.cgw.child = { spi: pending.newSpi ?? '', peerSpi: r.peerSpi, chosen: r.chosen, establishedAt: d.now };
      else if (!d.s.cgw.child) scheduleRetry(d, 'cgw');
      return;
    }
    default:
      return;
  }
}

/** The device asks for a CHILD_SA again (after a failure) or rekeys its own (a lab action). */
export function deviceChildRequest(d: Draft, rekey: boolean): void {
  const dev = d.ctx.cgw;
  if (!dev || !d.s.cgw.ike || d.s.cgw.pending) return;
  const spi = d.hex(8);
  const nonce = d.ctx.rand();
  const base = rekeyChildRequest(dev.peer, d.nextId('cgw'), d.s.cgw.child?.spi ?? '', spi, nonce);
  const fresh: IkeMessage['body'] = { kind: 'childProposal', p2: dev.peer.phase2, tsi: dev.peer.localTs, tsr: dev.peer.remoteTs, spi, nonce };
  const msg: IkeMessage = rekey && d.s.cgw.child ? base : { ...base, summary: base.summary.replace('N(REKEY_SA), ', ''), body: fresh };
  d.request('cgw', msg, rekey ? 'rekeyChild' : 'newChild', { nonce, newSpi: spi });
}
