/**
 * Checks as data (YAML in lab files): `{ tunnel: { connection: vpn-x, tunnel: 1, status: UP } }`.
 * One key names the kind; its body is validated with zod; errors name the full path.
 */
import * as z from 'zod';
import { logMessageIds } from '../telemetry/logMessages';
import { CHECK_KINDS, type Check } from './checkTypes';
import { MATCH_KEYS } from './valueMatch';

export interface CheckParseError {
  readonly path: string;
  readonly message: string;
}

const connectionRef = z.union([
  z.string().min(1),
  z.strictObject({ customerGateway: z.string().min(1), gateway: z.string().min(1).optional() }),
], { error: 'must be a VPN connection id (vpn-…) or { customerGateway: cgw-…, gateway?: vgw-…|tgw-… }' });
const tunnelNumber = z.union([z.literal(1), z.literal(2)], { error: 'must be 1 or 2' });
const tunnelRef = z.union([z.literal(1), z.literal(2), z.literal('both')], { error: 'must be 1, 2 or both' });
const saState = z.enum(['Established', 'Rekeying', 'Negotiating', 'Down']);
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const match = {
  equals: scalar.optional(),
  notEquals: scalar.optional(),
  includes: z.union([scalar, z.array(scalar)]).optional(),
  excludes: z.union([scalar, z.array(scalar)]).optional(),
  only: z.array(scalar).optional(),
  atLeast: z.number().optional(),
  atMost: z.number().optional(),
  inCidr: z.string().optional(),
};
const oneComparator = (v: Record<string, unknown>): boolean => MATCH_KEYS.some((k) => v[k] !== undefined);
const comparatorError = { error: `needs one comparator: ${MATCH_KEYS.join(', ')}` };

const BODIES = {
  tunnel: z.strictObject({
    connection: connectionRef,
    tunnel: tunnelRef,
    status: z.enum(['UP', 'DOWN']).optional(),
    phase1: saState.optional(),
    phase2: saState.optional(),
    ikeVersion: z.enum(['ikev1', 'ikev2']).optional(),
    natT: z.boolean().optional(),
    dataPlane: z.boolean().optional(),
    maintenancePending: z.boolean().optional(),
    maintenanceApplied: z.boolean().optional(),
  }),
  connection: z.strictObject({
    connection: connectionRef,
    exists: z.boolean().optional(),
    state: z.enum(['pending', 'available', 'deleting', 'deleted']).optional(),
    staticRoute: z.string().optional(),
  }),
  bgp: z.strictObject({
    connection: connectionRef,
    tunnel: tunnelRef,
    state: z.enum(['Idle', 'Connect', 'Active', 'OpenSent', 'OpenConfirm', 'Established']),
    prefixesReceived: z.number().int().min(0).optional(),
    prefixesAdvertised: z.number().int().min(0).optional(),
  }),
  route: z.strictObject({
    table: z.string().min(1),
    destination: z.string().min(1),
    present: z.boolean().optional(),
    selected: z.boolean().optional(),
    origin: z.enum(['local', 'static', 'propagated', 'vpn-static', 'bgp', 'dx-bgp', 'blackhole']).optional(),
    target: z.string().optional(),
    via: z.strictObject({ connection: connectionRef, tunnel: tunnelNumber.optional() }).optional(),
    state: z.enum(['active', 'blackhole']).optional(),
  }),
  reach: z.strictObject({
    from: z.string().min(1),
    to: z.string().min(1),
    delivered: z.boolean().optional(),
    symmetric: z.boolean().optional(),
    dropCode: z.string().optional(),
  }),
  log: z.strictObject({
    messageId: z.enum(logMessageIds as [string, ...string[]]),
    connection: connectionRef.optional(),
    tunnel: tunnelNumber.optional(),
    seen: z.boolean().optional(),
    inRecords: z.boolean().optional(),
  }),
  metric: z.strictObject({
    name: z.enum(['TunnelState', 'TunnelDataIn', 'TunnelDataOut']),
    connection: connectionRef,
    tunnel: tunnelNumber.optional(),
    op: z.enum(['<', '<=', '=', '>=', '>']),
    value: z.number(),
  }),
  alarm: z.strictObject({
    name: z.string().min(1),
    state: z.enum(['OK', 'ALARM', 'INSUFFICIENT_DATA']),
    ever: z.boolean().optional(),
  }),
  option: z.strictObject({ connection: connectionRef, tunnel: tunnelRef.optional(), name: z.string().min(1), ...match }).refine(oneComparator, comparatorError),
  deviceSetting: z
    .strictObject({
      customerGateway: z.string().optional(),
      connection: connectionRef.optional(),
      tunnel: tunnelNumber.optional(),
      name: z.string().min(1),
      ...match,
    })
    .refine(oneComparator, comparatorError)
    .refine((v) => v.customerGateway !== undefined || v.connection !== undefined, { error: 'needs customerGateway or connection' }),
} as const;

const joinPath = (base: string, parts: readonly PropertyKey[]): string =>
  parts.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : `${p}.${String(k)}`), base);

export type ParseCheckResult = { ok: true; check: Check } | { ok: false; errors: CheckParseError[] };

/** Parses one check; `path` is where it sits in the lab file (e.g. `tasks[0].checks[1]`). */
export function parseCheck(input: unknown, path = 'check'): ParseCheckResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, errors: [{ path, message: `a check must be an object with one of the keys ${CHECK_KINDS.join(', ')}` }] };
  const rec = input as Record<string, unknown>;
  const keys = Object.keys(rec).filter((k) => !(k === 'message' && 'not' in rec));
  const kind = keys[0];
  if (keys.length !== 1 || kind === undefined || !(CHECK_KINDS as readonly string[]).includes(kind))
    return { ok: false, errors: [{ path, message: `a check has exactly one key, one of ${CHECK_KINDS.join(', ')}; got ${keys.join(', ') || 'none'}` }] };
  const at = `${path}.${kind}`;
  if (kind === 'all' || kind === 'any') {
    const list = rec[kind];
    if (!Array.isArray(list) || list.length === 0) return { ok: false, errors: [{ path: at, message: `${kind} takes a non-empty list of checks` }] };
    const parsed = list.map((c, i) => parseCheck(c, `${at}[${i}]`));
    const errors = parsed.flatMap((p) => (p.ok ? [] : p.errors));
    if (errors.length > 0) return { ok: false, errors };
    const checks = parsed.map((p) => (p as { ok: true; check: Check }).check);
    return { ok: true, check: kind === 'all' ? { all: checks } : { any: checks } };
  }
  if (kind === 'not') {
    const inner = parseCheck(rec['not'], at);
    if (!inner.ok) return inner;
    const message = rec['message'];
    if (message !== undefined && typeof message !== 'string') return { ok: false, errors: [{ path: `${path}.message`, message: 'must be a string' }] };
    return { ok: true, check: message === undefined ? { not: inner.check } : { not: inner.check, message } };
  }
  const schema = BODIES[kind as keyof typeof BODIES];
  const r = schema.safeParse(rec[kind]);
  if (!r.success) return { ok: false, errors: r.error.issues.map((i) => ({ path: joinPath(at, i.path), message: i.message })) };
  return { ok: true, check: { [kind]: r.data } as unknown as Check };
}

/** Parses a list of checks (a task's `checks`). */
export function parseChecks(input: unknown, path = 'checks'): { ok: true; checks: Check[] } | { ok: false; errors: CheckParseError[] } {
  if (!Array.isArray(input) || input.length === 0) return { ok: false, errors: [{ path, message: 'must be a non-empty list of checks' }] };
  const parsed = input.map((c, i) => parseCheck(c, `${path}[${i}]`));
  const errors = parsed.flatMap((p) => (p.ok ? [] : p.errors));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, checks: parsed.map((p) => (p as { ok: true; check: Check }).check) };
}
