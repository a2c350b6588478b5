/** Simulated milliseconds as a clock reading: "00:01:30", "day 2 03:00:00". */
export function formatSimTime(ms: number): string {
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86400);
  const hh = String(Math.floor((s % 86400) / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${d > 0 ? `day ${d + 1} ` : ''}${hh}:${mm}:${ss}`;
}
