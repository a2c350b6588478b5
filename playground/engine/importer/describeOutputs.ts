/**
 * Recognises the JSON printed by `aws ec2 describe-*` by its top-level key. Inputs are typed
 * with the SDK's result types, but the values come from text the learner pasted, so every
 * field is still checked at run time before it is used.
 */
import type {
  DescribeCustomerGatewaysResult,
  DescribeTransitGatewaysResult,
  DescribeVpnConnectionsResult,
  DescribeVpnGatewaysResult,
} from '@aws-sdk/client-ec2';
import { validationError, type ValidationError } from '../schema/validationError';

export interface DescribeInputs {
  readonly vpnConnections: NonNullable<DescribeVpnConnectionsResult['VpnConnections']>;
  readonly customerGateways: NonNullable<DescribeCustomerGatewaysResult['CustomerGateways']>;
  readonly vpnGateways: NonNullable<DescribeVpnGatewaysResult['VpnGateways']>;
  readonly transitGateways: NonNullable<DescribeTransitGatewaysResult['TransitGateways']>;
}

export interface DescribeFile {
  /** Shown in errors, e.g. the file name. */
  readonly name: string;
  readonly text: string;
}

const KEYS = {
  VpnConnections: 'describe-vpn-connections',
  CustomerGateways: 'describe-customer-gateways',
  VpnGateways: 'describe-vpn-gateways',
  TransitGateways: 'describe-transit-gateways',
} as const;

export const SUPPORTED_DESCRIBE_KEYS = Object.keys(KEYS) as (keyof typeof KEYS)[];

/** Reads one or several files and sorts their content by kind; a file may hold several keys. */
export function collectDescribeOutputs(files: readonly DescribeFile[]): {
  inputs: DescribeInputs;
  errors: ValidationError[];
} {
  const inputs = { vpnConnections: [], customerGateways: [], vpnGateways: [], transitGateways: [] } as {
    -readonly [K in keyof DescribeInputs]: DescribeInputs[K][number][];
  };
  const errors: ValidationError[] = [];
  for (const f of files) {
    let data: unknown;
    try {
      data = JSON.parse(f.text);
    } catch (e) {
      errors.push(
        validationError(
          'InvalidJson',
          f.name,
          `${f.name}: not valid JSON (${e instanceof Error ? e.message : String(e)})`,
        ),
      );
      continue;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      errors.push(
        validationError('UnsupportedInput', f.name, `${f.name}: expected a JSON object printed by aws ec2 describe-*`, {
          allowed: SUPPORTED_DESCRIBE_KEYS.join(', '),
        }),
      );
      continue;
    }
    const obj = data as Record<string, unknown>;
    const known = SUPPORTED_DESCRIBE_KEYS.filter((k) => k in obj);
    if (known.length === 0) {
      errors.push(
        validationError(
          'UnsupportedInput',
          f.name,
          `${f.name}: no known top-level key (found ${Object.keys(obj).join(', ') || 'nothing'}); use the output of ${Object.values(KEYS).join(', ')}`,
          { allowed: SUPPORTED_DESCRIBE_KEYS.join(', ') },
        ),
      );
      continue;
    }
    for (const k of known) {
      const list = obj[k];
      if (!Array.isArray(list)) {
        errors.push(validationError('UnsupportedInput', `${f.name}:${k}`, `${f.name}: ${k} must be a list`));
        continue;
      }
      const objects = list.filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object');
      if (k === 'VpnConnections') inputs.vpnConnections.push(...objects);
      if (k === 'CustomerGateways') inputs.customerGateways.push(...objects);
      if (k === 'VpnGateways') inputs.vpnGateways.push(...objects);
      if (k === 'TransitGateways') inputs.transitGateways.push(...objects);
    }
  }
  return { inputs, errors };
}
