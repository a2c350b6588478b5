/** The AWS CLI prints SDK shapes as JSON: Dates become ISO strings. */
export type CliJson<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? CliJson<U>[]
    : T extends object
      ? { [K in keyof T]: CliJson<T[K]> }
      : T;

/** Drop undefined members so the JSON looks like the CLI's (absent rather than null). */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
