import { describe, expect, it } from 'vitest';
import { asn } from '../types';
import { bgpHealthy, bgpTransition, initialBgpSession, type BgpEffect, type BgpEvent, type BgpPeerConfig, type BgpSession } from './bgpFsm';
import { awsBgpTimers, rfc4271BgpTimers } from './bgpTimers';

// AWS side takes the first inside address of 169.254.255.0/30, the device the second (R61).
const aws: BgpPeerConfig = { localAsn: asn(64512), peerAsn: asn(65000), localAddress: '169.254.255.1', peerAddress: '169.254.255.2', timers: awsBgpTimers };
const dev: BgpPeerConfig = { localAsn: asn(65000), peerAsn: asn(64512), localAddress: '169.254.255.2', peerAddress: '169.254.255.1', timers: rfc4271BgpTimers };

/** Two peers wired back to back: `send` effects queue on the wire and `flush` delivers them in order. */
function pair(awsCfg = aws, devCfg = dev) {
  const side = { aws: { s: initialBgpSession, cfg: awsCfg }, dev: { s: initialBgpSession, cfg: devCfg } };
  const log: Array<{ from: 'aws' | 'dev'; effect: BgpEffect }> = [];
  const wire: Array<{ to: 'aws' | 'dev'; e: BgpEvent }> = [];
  const apply = (who: 'aws' | 'dev', e: BgpEvent): void => {
    const me = side[who];
    const { next, effects } = bgpTransition(me.s, e, me.cfg);
    me.s = next;
    for (const effect of effects) {
      log.push({ from: who, effect });
      if (effect.type === 'send') wire.push({ to: who === 'aws' ? 'dev' : 'aws', e: { type: 'Message', message: effect.message } });
    }
  };
  const flush = (): void => {
    for (let m = wire.shift(); m; m = wire.shift()) apply(m.to, m.e);
  };
  const step = (who: 'aws' | 'dev', e: BgpEvent): void => {
    apply(who, e);
    flush();
  };
  const state = (who: 'aws' | 'dev'): BgpSession => side[who].s;
  return { step, apply, flush, state, log };
}

function establish(p: ReturnType<typeof pair>): void {
  for (const who of ['aws', 'dev'] as const) p.step(who, { type: 'ManualStart' });
  for (const who of ['aws', 'dev'] as const) p.step(who, { type: 'TunnelUp' });
  // AWS → device: TCP SYN to 169.254.255.2:179 succeeds inside the tunnel
  p.apply('dev', { type: 'TcpConnectionConfirmed' });
  p.apply('aws', { type: 'TcpConnectionConfirmed' });
  // OPEN(65000, hold 90) → ; ← OPEN(64512, hold 30); KEEPALIVE ↔ KEEPALIVE
  p.flush();
}

describe('BGP FSM', () => {
  it('R162: without an established tunnel the session stays Idle and never opens TCP', () => {
    const p = pair();
    p.step('aws', { type: 'ManualStart' });
    expect(p.state('aws').state).toBe('Idle');
    expect(p.log.some((l) => l.effect.type === 'tcpConnect')).toBe(false);
  });

  it('R61: the TCP session runs between the inside addresses, AWS first usable, device second', () => {
    const p = pair();
    p.step('aws', { type: 'ManualStart' });
    p.step('aws', { type: 'TunnelUp' });
    expect(p.log.find((l) => l.effect.type === 'tcpConnect')?.effect).toEqual({ type: 'tcpConnect', from: '169.254.255.1', to: '169.254.255.2' });
    expect(p.state('aws').state).toBe('Connect');
  });

  it('R160: OPEN → OPEN → KEEPALIVE ↔ KEEPALIVE reaches Established with hold 30 s / keepalive 10 s', () => {
    const p = pair();
    establish(p);
    expect(p.state('aws').state).toBe('Established');
    expect(p.state('dev').state).toBe('Established');
    // the device offered the RFC 4271 default 90 s; negotiation keeps AWS's smaller 30 s
    expect(p.state('dev')).toMatchObject({ holdS: 30, keepaliveS: 10 });
    expect(p.log.filter((l) => l.effect.type === 'sessionUp')).toHaveLength(2);
    expect(bgpHealthy(p.state('aws'))).toBe(true);
  });

  it('R113: tunnelDown drops an Established session and withdraws its routes', () => {
    const p = pair();
    establish(p);
    p.step('aws', { type: 'TunnelDown' });
    expect(p.state('aws').state).toBe('Idle');
    expect(p.log.some((l) => l.from === 'aws' && l.effect.type === 'sessionDown')).toBe(true);
    // no automatic restart is armed while the tunnel is down
    const after = p.log.slice(p.log.findIndex((l) => l.effect.type === 'sessionDown'));
    expect(after.some((l) => l.effect.type === 'armTimer')).toBe(false);
  });

  it('R160: the hold timer expiring sends "Hold Timer Expired" and takes the session down', () => {
    const p = pair();
    establish(p);
    p.step('dev', { type: 'HoldTimerExpires' });
    expect(p.state('dev').state).toBe('Idle');
    expect(p.state('dev').lastError).toBe('Hold Timer Expired');
    expect(p.state('aws').state).toBe('Idle'); // got the NOTIFICATION
  });

  it('R361: a device still peering with the old gateway ASN cannot establish (Bad Peer AS)', () => {
    const p = pair(aws, { ...dev, peerAsn: asn(7224) });
    establish(p);
    expect(p.state('dev').state).toBe('Idle');
    expect(p.state('dev').lastError).toContain('Bad Peer AS');
    expect(bgpHealthy(p.state('aws'))).toBe(false);
  });

  it('R305: Active is not healthy; after a TCP failure the session waits in Active for ConnectRetry', () => {
    const p = pair();
    p.step('aws', { type: 'ManualStart' });
    p.step('aws', { type: 'TunnelUp' });
    p.step('aws', { type: 'TcpConnectionFails' });
    expect(p.state('aws').state).toBe('Active');
    expect(bgpHealthy(p.state('aws'))).toBe(false);
    expect(p.log.at(-1)?.effect).toEqual({ type: 'armTimer', timer: 'ConnectRetry', ms: 120_000 });
    p.step('aws', { type: 'ConnectRetryTimerExpires' });
    expect(p.state('aws').state).toBe('Connect');
  });

  it('R160: keepalives keep an Established session alive', () => {
    const p = pair();
    establish(p);
    const before = p.log.length;
    p.step('aws', { type: 'KeepaliveTimerExpires' });
    const sent = p.log.slice(before);
    expect(sent.some((l) => l.from === 'aws' && l.effect.type === 'send')).toBe(true);
    expect(sent.some((l) => l.from === 'dev' && l.effect.type === 'armTimer' && l.effect.timer === 'Hold' && l.effect.ms === 30_000)).toBe(true);
  });
});
