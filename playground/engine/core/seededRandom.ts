/**
 * Seeded generator (sfc32) — the only source of randomness in the engine (fuzz, SPIs, nonces,
 * ids, PSKs, maintenance times). `fork(label)` derives an independent stream so that adding a
 * draw in one subsystem does not shift the numbers every other subsystem sees.
 */
export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  hex(n: number): string;
  alnum(n: number): string;
  fork(label: string): Rng;
}

function hashString(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function createRng(seed: number): Rng {
  let a = 0x9e3779b9 ^ (seed >>> 0);
  let b = 0x243f6a88 ^ Math.imul(seed >>> 0, 0x85ebca6b);
  let c = 0xb7e15162;
  let d = 1;
  const raw = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) raw(); // warm up so nearby seeds diverge
  const rng: Rng = {
    next: raw,
    int: (lo, hi) => lo + Math.floor(raw() * (hi - lo + 1)),
    hex: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += Math.floor(raw() * 16).toString(16);
      return s;
    },
    alnum: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += ALNUM[Math.floor(raw() * ALNUM.length)];
      return s;
    },
    fork: (label) => createRng(hashString(label, Math.floor(raw() * 4294967296))),
  };
  return rng;
}

/** A stream derived only from (seed, label): independent of how many draws happened elsewhere. */
export function namedStream(seed: number, label: string): Rng {
  return createRng(hashString(label, seed >>> 0));
}
