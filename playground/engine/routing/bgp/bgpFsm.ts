/**
 * BGP finite state machine (RFC 4271 §8) as a pure transition: (session, event) → { next, effects }.
 * The simulation loop executes the effects (sends, timers, TCP) and feeds back events. A session
 * only runs over an established tunnel (R162: BGP travels inside the IPsec SA between the inside
 * addresses, R61): TCP is attempted only while the tunnel is up, and `TunnelDown` drops the
 * session from any state.
 */
import type { Asn } from '../types';
import { LARGE_HOLD_S, negotiateTimers, type BgpTimerConfig } from './bgpTimers';

export type BgpState = 'Idle' | 'Connect' | 'Active' | 'OpenSent' | 'OpenConfirm' | 'Established';
export type BgpTimer = 'ConnectRetry' | 'Hold' | 'Keepalive';

export interface BgpPeerConfig {
  readonly localAsn: Asn;
  /** The ASN this side expects the peer to announce in its OPEN. */
  readonly peerAsn: Asn;
  readonly localAddress: string;
  readonly peerAddress: string;
  readonly timers: BgpTimerConfig;
}

export interface BgpSession {
  readonly state: BgpState;
  readonly adminUp: boolean;
  readonly tunnelUp: boolean;
  readonly holdS: number;
  readonly keepaliveS: number;
  readonly connectRetryCounter: number;
  readonly lastError?: string;
}

export type BgpMessage =
  | { readonly type: 'OPEN'; readonly asn: Asn; readonly holdTimeS: number; readonly bgpId: string }
  | { readonly type: 'KEEPALIVE' }
  | { readonly type: 'UPDATE' }
  | { readonly type: 'NOTIFICATION'; readonly code: number; readonly subcode: number; readonly text: string };

export type BgpEvent =
  | { readonly type: 'ManualStart' }
  | { readonly type: 'ManualStop' }
  | { readonly type: 'TunnelUp' }
  | { readonly type: 'TunnelDown' }
  | { readonly type: 'ConnectRetryTimerExpires' }
  | { readonly type: 'HoldTimerExpires' }
  | { readonly type: 'KeepaliveTimerExpires' }
  | { readonly type: 'TcpConnectionConfirmed' }
  | { readonly type: 'TcpConnectionFails' }
  | { readonly type: 'Message'; readonly message: BgpMessage };

export type BgpEffect =
  | { readonly type: 'tcpConnect'; readonly from: string; readonly to: string }
  | { readonly type: 'tcpDrop' }
  | { readonly type: 'send'; readonly message: BgpMessage }
  | { readonly type: 'armTimer'; readonly timer: BgpTimer; readonly ms: number }
  | { readonly type: 'cancelTimer'; readonly timer: BgpTimer }
  /** Session reached Established: exchange UPDATEs now. */
  | { readonly type: 'sessionUp'; readonly holdS: number; readonly keepaliveS: number }
  /** Session left Established: withdraw every route learned over it. */
  | { readonly type: 'sessionDown'; readonly reason: string };

export interface BgpTransition {
  readonly next: BgpSession;
  readonly effects: readonly BgpEffect[];
}

export const initialBgpSession: BgpSession = { state: 'Idle', adminUp: false, tunnelUp: false, holdS: 0, keepaliveS: 0, connectRetryCounter: 0 };

const ALL_TIMERS: BgpEffect[] = (['ConnectRetry', 'Hold', 'Keepalive'] as const).map((timer) => ({ type: 'cancelTimer', timer }));
const arm = (timer: BgpTimer, s: number): BgpEffect => ({ type: 'armTimer', timer, ms: s * 1000 });
const notify = (code: number, subcode: number, text: string): BgpEffect => ({ type: 'send', message: { type: 'NOTIFICATION', code, subcode, text } });

function start(s: BgpSession, cfg: BgpPeerConfig): BgpTransition {
  if (!s.adminUp || !s.tunnelUp) return { next: { ...s, state: 'Idle' }, effects: [] };
  return { next: { ...s, state: 'Connect' }, effects: [arm('ConnectRetry', cfg.timers.connectRetryS), { type: 'tcpConnect', from: cfg.localAddress, to: cfg.peerAddress }] };
}

/** Drop to Idle; when the session was Established, routes must be withdrawn. */
function toIdle(s: BgpSession, cfg: BgpPeerConfig, reason: string, extra: BgpEffect[] = []): BgpTransition {
  const effects: BgpEffect[] = [...extra, { type: 'tcpDrop' }, ...ALL_TIMERS];
  if (s.state === 'Established') effects.push({ type: 'sessionDown', reason });
  // automatic restart after ConnectRetry while the tunnel is still up (RFC 4271 §8.1.1 AutomaticStart)
  if (s.adminUp && s.tunnelUp) effects.push(arm('ConnectRetry', cfg.timers.connectRetryS));
  return { next: { ...s, state: 'Idle', connectRetryCounter: s.connectRetryCounter + 1, lastError: reason }, effects };
}

function onOpen(s: BgpSession, cfg: BgpPeerConfig, m: Extract<BgpMessage, { type: 'OPEN' }>): BgpTransition {
  if (m.asn !== cfg.peerAsn) {
    // R361 / R44: a peer announcing another ASN than configured cannot establish (Bad Peer AS)
    return toIdle(s, cfg, `Bad Peer AS: expected ${cfg.peerAsn}, received ${m.asn}`, [notify(2, 2, 'OPEN Message Error / Bad Peer AS')]);
  }
  const { holdS, keepaliveS } = negotiateTimers(cfg.timers, m.holdTimeS);
  const effects: BgpEffect[] = [{ type: 'cancelTimer', timer: 'ConnectRetry' }, { type: 'send', message: { type: 'KEEPALIVE' } }];
  if (holdS > 0) effects.push(arm('Keepalive', keepaliveS), arm('Hold', holdS));
  return { next: { ...s, state: 'OpenConfirm', holdS, keepaliveS }, effects };
}

export function bgpTransition(s: BgpSession, e: BgpEvent, cfg: BgpPeerConfig): BgpTransition {
  switch (e.type) {
    case 'ManualStart':
      return s.state === 'Idle' ? start({ ...s, adminUp: true }, cfg) : { next: { ...s, adminUp: true }, effects: [] };
    case 'ManualStop':
      return s.state === 'Idle' ? { next: { ...s, adminUp: false }, effects: ALL_TIMERS } : toIdle({ ...s, adminUp: false }, cfg, 'Administrative Shutdown', [notify(6, 2, 'Cease / Administrative Shutdown')]);
    case 'TunnelUp':
      return s.state === 'Idle' ? start({ ...s, tunnelUp: true }, cfg) : { next: { ...s, tunnelUp: true }, effects: [] };
    case 'TunnelDown':
      if (s.state === 'Idle') return { next: { ...s, tunnelUp: false }, effects: ALL_TIMERS };
      return toIdle({ ...s, tunnelUp: false }, cfg, 'tunnel down');
    case 'ConnectRetryTimerExpires':
      if (s.state === 'Idle' || s.state === 'Active' || s.state === 'Connect') return start(s, cfg);
      return { next: s, effects: [] };
    case 'TcpConnectionConfirmed':
      if (s.state !== 'Connect' && s.state !== 'Active') return { next: s, effects: [] };
      if (!s.tunnelUp) return toIdle(s, cfg, 'tunnel down');
      return {
        next: { ...s, state: 'OpenSent' },
        effects: [{ type: 'cancelTimer', timer: 'ConnectRetry' }, { type: 'send', message: { type: 'OPEN', asn: cfg.localAsn, holdTimeS: cfg.timers.holdTimeS, bgpId: cfg.localAddress } }, arm('Hold', LARGE_HOLD_S)],
      };
    case 'TcpConnectionFails':
      if (s.state === 'Connect' || s.state === 'OpenSent') return { next: { ...s, state: 'Active' }, effects: [arm('ConnectRetry', cfg.timers.connectRetryS)] };
      return s.state === 'Idle' || s.state === 'Active' ? { next: s, effects: [] } : toIdle(s, cfg, 'TCP connection closed');
    case 'HoldTimerExpires':
      if (s.state === 'OpenSent' || s.state === 'OpenConfirm' || s.state === 'Established') return toIdle(s, cfg, 'Hold Timer Expired', [notify(4, 0, 'Hold Timer Expired')]);
      return { next: s, effects: [] };
    case 'KeepaliveTimerExpires':
      if (s.state === 'OpenConfirm' || s.state === 'Established') return { next: s, effects: [{ type: 'send', message: { type: 'KEEPALIVE' } }, arm('Keepalive', s.keepaliveS)] };
      return { next: s, effects: [] };
    case 'Message':
      return onMessage(s, e.message, cfg);
  }
}

function onMessage(s: BgpSession, m: BgpMessage, cfg: BgpPeerConfig): BgpTransition {
  if (m.type === 'NOTIFICATION') return s.state === 'Idle' ? { next: s, effects: [] } : toIdle(s, cfg, `NOTIFICATION received: ${m.text}`);
  switch (s.state) {
    case 'OpenSent':
      return m.type === 'OPEN' ? onOpen(s, cfg, m) : toIdle(s, cfg, 'Finite State Machine Error', [notify(5, 1, 'Finite State Machine Error')]);
    case 'OpenConfirm':
      if (m.type === 'KEEPALIVE') {
        const effects: BgpEffect[] = [{ type: 'sessionUp', holdS: s.holdS, keepaliveS: s.keepaliveS }];
        if (s.holdS > 0) effects.unshift(arm('Hold', s.holdS));
        return { next: { ...s, state: 'Established', connectRetryCounter: 0 }, effects };
      }
      return toIdle(s, cfg, 'Finite State Machine Error', [notify(5, 2, 'Finite State Machine Error')]);
    case 'Established':
      if (m.type === 'KEEPALIVE' || m.type === 'UPDATE') return { next: s, effects: s.holdS > 0 ? [arm('Hold', s.holdS)] : [] };
      return toIdle(s, cfg, 'Finite State Machine Error', [notify(5, 3, 'Finite State Machine Error')]);
    default:
      return { next: s, effects: [] };
  }
}

/** R305 Lab decision: only Established counts as healthy; Active reads "still connecting". */
export const bgpHealthy = (s: BgpSession): boolean => s.state === 'Established';
