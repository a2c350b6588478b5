/**
 * The one error shape of the engine: every refused scenario field, option or action is reported
 * as data naming the field (a path) and what is allowed (DESIGN.md: bad input never crashes).
 * RUNTIME returns the same shape from Engine.dispatch.
 */
export interface ValidationError {
  /** AWS-style error code, e.g. `InvalidParameterValue`, `InvalidCustomerGatewayID.NotFound`. */
  readonly code: string;
  /** Where the value sits, e.g. `VpnConnections[0].Options.TunnelOptions[1].PreSharedKey`. */
  readonly path: string;
  readonly value?: unknown;
  /** Human text listing the allowed values or range. */
  readonly allowed?: string;
  readonly message: string;
}

export type PathSegment = string | number;

/** `['A', 0, 'B']` → `A[0].B` (the AWS CLI / EC2 API way of naming nested fields). */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

export function validationError(
  code: string,
  path: readonly PropertyKey[] | string,
  message: string,
  extra: { value?: unknown; allowed?: string } = {},
): ValidationError {
  const e: { -readonly [K in keyof ValidationError]: ValidationError[K] } = {
    code,
    path: typeof path === 'string' ? path : formatPath(path),
    message,
  };
  if ('value' in extra) e.value = extra.value;
  if (extra.allowed !== undefined) e.allowed = extra.allowed;
  return e;
}
