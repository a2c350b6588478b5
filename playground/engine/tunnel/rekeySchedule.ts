/**
 * R85 (Lab decision): an SA of lifetime L with margin M and fuzz F is rekeyed by AWS at
 * L − M + U, U = 0 when F = 0, otherwise uniform in [0, M × F / 100), always before L.
 */
export function rekeyDelayMs(lifetimeS: number, marginS: number, fuzzPct: number, rand: () => number): number {
  const u = fuzzPct <= 0 ? 0 : rand() * marginS * (fuzzPct / 100);
  return Math.floor((lifetimeS - marginS + u) * 1000);
}
