/**
 * BGP timer values. The AWS peer uses hold time 30 s and keepalive 10 s (R160: every device
 * output of the guide negotiates 30/10). The guide gives no ConnectRetry time, so the RFC 4271
 * §10 suggested value of 120 s applies; a device left at its defaults uses the RFC 4271 values
 * hold 90 s / keepalive 30 s (ScreenOS "node default(90s)" / "node default(30s)" in the guide),
 * and negotiation takes the smaller hold time, so AWS's 30 s wins.
 */
export interface BgpTimerConfig {
  readonly holdTimeS: number;
  readonly keepaliveS: number;
  readonly connectRetryS: number;
}

/** R160: the AWS side's timers. */
export const awsBgpTimers: BgpTimerConfig = { holdTimeS: 30, keepaliveS: 10, connectRetryS: 120 };
/** RFC 4271 §10 suggested defaults (not from the guide). */
export const rfc4271BgpTimers: BgpTimerConfig = { holdTimeS: 90, keepaliveS: 30, connectRetryS: 120 };
/** RFC 4271 §8.2.2: hold timer while waiting for OPEN ("a large value", 4 minutes suggested). */
export const LARGE_HOLD_S = 240;
/** R160: JunOS shows graceful-restart time 120 and stale routes kept 300 on the AWS peering. */
export const awsGracefulRestart = { restartTimeS: 120, staleRoutesTimeS: 300 } as const;

/** RFC 4271 §4.2: hold time is the smaller of the two OPENs; keepalive a third of it at most. */
export function negotiateTimers(local: BgpTimerConfig, peerHoldS: number): { holdS: number; keepaliveS: number } {
  const holdS = Math.min(local.holdTimeS, peerHoldS);
  return { holdS, keepaliveS: holdS === 0 ? 0 : Math.min(local.keepaliveS, Math.floor(holdS / 3)) };
}
