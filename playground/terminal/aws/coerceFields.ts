/**
 * Shorthand gives every scalar as text; the AWS CLI converts by the API model. We do the same
 * from the member names VPN Lab knows (tunnel options R49, connection options, alarm fields).
 */
const INTEGER_FIELDS = new Set([
  'Phase1LifetimeSeconds', 'Phase2LifetimeSeconds', 'RekeyMarginTimeSeconds', 'RekeyFuzzPercentage', 'ReplayWindowSize',
  'DPDTimeoutSeconds', 'DpdTimeoutSeconds', 'Phase1DHGroupNumbers', 'Phase2DHGroupNumbers', 'BgpAsn', 'AmazonSideAsn', 'Period', 'EvaluationPeriods',
  'DatapointsToAlarm',
]);
const NUMBER_FIELDS = new Set(['Threshold']);
const BOOLEAN_FIELDS = new Set(['StaticRoutesOnly', 'EnableAcceleration', 'EnableTunnelLifecycleControl', 'LogEnabled']);
/** The describe output spells some members differently from the modify input; accept both. */
const RENAMES: Readonly<Record<string, string>> = { DpdTimeoutSeconds: 'DPDTimeoutSeconds', DpdTimeoutAction: 'DPDTimeoutAction', IkeVersions: 'IKEVersions' };

function coerceScalar(key: string, v: unknown): unknown {
  if (typeof v !== 'string') return v;
  if (INTEGER_FIELDS.has(key) && /^-?\d+$/.test(v)) return Number(v);
  if (NUMBER_FIELDS.has(key) && v !== '' && Number.isFinite(Number(v))) return Number(v);
  if (BOOLEAN_FIELDS.has(key) && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  return v;
}

function coerce(key: string, v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => coerce(key, x));
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      // `[{Value=14}]` items take the list's type.
      const inner = k === 'Value' ? key : k;
      out[RENAMES[k] ?? k] = coerce(inner, x);
    }
    return out;
  }
  return coerceScalar(key, v);
}

export function coerceStructure(v: unknown): unknown {
  return coerce('', v);
}
