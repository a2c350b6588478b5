import type { ValidationError } from '../../schema/validationError';

/** Values echoed back in errors must survive JSON (snapshots are printed and shared): drop what does not. */
export function jsonSafe(v: unknown): unknown {
  try {
    const text = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return String(v);
  }
}

export function safeErrors(errors: readonly ValidationError[]): ValidationError[] {
  return errors.map((e) => {
    const { value, ...rest } = e;
    const v = jsonSafe(value);
    return v === undefined ? rest : { ...rest, value: v };
  });
}
