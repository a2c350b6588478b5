/**
 * The scenario and action schemas are wrapped in `z.lazy`, so importing the engine builds no
 * zod schema: building them all took ~100 ms of main thread in Chromium (several hundred on a
 * throttled phone), before the playground's first screen. Each is built on its first parse.
 */
import type * as z from 'zod';

/** The schema behind a `z.lazy`, built once and shared (`unwrap()` would build a new one each call). */
export function built<T extends z.ZodType>(schema: z.ZodLazy<T>): T {
  return schema._zod.innerType;
}

/** A value derived from schemas (a pick, an omit), computed on first use and then kept. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
