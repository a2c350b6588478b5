/** Simulated time in milliseconds since the scenario started. Branded so wall-clock numbers cannot slip in. */
export type SimTimeMs = number & { readonly __brand: 'SimTimeMs' };

export const simTime = (ms: number): SimTimeMs => ms as SimTimeMs;
export const seconds = (s: number): number => s * 1000;
export const minutes = (m: number): number => m * 60_000;
export const hours = (h: number): number => h * 3_600_000;

/** ISO-8601 text of a simulated instant; the scenario epoch is fixed so output is deterministic. */
export const SIM_EPOCH_MS = Date.UTC(2025, 0, 1, 0, 0, 0);
export const isoAt = (t: number): string => new Date(SIM_EPOCH_MS + t).toISOString();

/** Parse a scenario duration such as "90s", "5m", "1h", "250ms" or a plain number of seconds. */
export function parseDurationMs(v: string | number): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v * 1000 : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2] ?? 's';
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit] ?? 1000;
  return n * factor;
}
