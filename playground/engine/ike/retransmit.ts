/**
 * Retransmission schedule. The guide gives none, so VPN Lab follows strongSwan's defaults
 * (charon.retransmit_timeout 4 s, retransmit_base 1.8, retransmit_tries 5): the n-th resend
 * waits 4 s × 1.8^n, and after 5 resends the exchange times out (total ≈ 165 s).
 */
export const RETRANSMIT_TIMEOUT_MS = 4000;
export const RETRANSMIT_BASE = 1.8;
export const RETRANSMIT_TRIES = 5;

/** Delay before resend number `attempt` (0 = wait after the first transmission). */
export function retransmitDelayMs(attempt: number): number {
  return Math.round(RETRANSMIT_TIMEOUT_MS * RETRANSMIT_BASE ** attempt);
}

/** Total time from the first transmission until the exchange is given up. */
export function exchangeTimeoutMs(): number {
  let total = 0;
  for (let n = 0; n <= RETRANSMIT_TRIES; n++) total += retransmitDelayMs(n);
  return total;
}

/** strongSwan's half-open IKE_SA timeout (charon.half_open_timeout, 30 s) for a responder left waiting. */
export const HALF_OPEN_TIMEOUT_MS = 30_000;
