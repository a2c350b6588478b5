/** ASN checks: customer gateway (R28–R33), Amazon side (R40–R42) and their clash (R44). */
import {
  AMAZON_SIDE_ASN_RANGES,
  CUSTOMER_GATEWAY_ASN_RANGE,
  DEFAULTS,
  RESERVED_CUSTOMER_GATEWAY_ASNS,
} from './optionValues';
import { validationError, type ValidationError } from './validationError';

export const CUSTOMER_GATEWAY_ASN_ALLOWED =
  '1–2147483647, except 7224 (all Regions), 9059 (eu-west-1), 10124 (ap-northeast-1), 17943 (ap-southeast-1); private ASNs 64512–65534';
export const AMAZON_SIDE_ASN_ALLOWED = '64512–65534 or 4200000000–4294967294 (private ASNs)';

export function checkCustomerGatewayAsn(asn: number, region: string, path: readonly PropertyKey[]): ValidationError[] {
  const { min, max } = CUSTOMER_GATEWAY_ASN_RANGE;
  if (asn < min || asn > max) {
    const why =
      asn >= 4_200_000_000
        ? 'private 32-bit ASNs 4200000000–4294967294 are not supported on customer gateways (R33)'
        : `must be from ${min} to ${max} (R28, R29)`;
    return [
      validationError('InvalidParameterValue', path, `BGP ASN ${asn}: ${why}`, {
        value: asn,
        allowed: CUSTOMER_GATEWAY_ASN_ALLOWED,
      }),
    ];
  }
  const reserved = RESERVED_CUSTOMER_GATEWAY_ASNS.find(
    (r) => r.asn === asn && (r.region === '*' || r.region === region),
  );
  if (reserved) {
    const where = reserved.region === '*' ? 'in every Region' : `in ${reserved.region}`;
    return [
      validationError('InvalidParameterValue', path, `BGP ASN ${asn} is reserved ${where} (R30)`, {
        value: asn,
        allowed: CUSTOMER_GATEWAY_ASN_ALLOWED,
      }),
    ];
  }
  return [];
}

export function checkAmazonSideAsn(asn: number, path: readonly PropertyKey[]): ValidationError[] {
  if (AMAZON_SIDE_ASN_RANGES.some((r) => asn >= r.min && asn <= r.max)) return [];
  return [
    validationError('InvalidParameterValue', path, `Amazon-side ASN ${asn} must be a private ASN (R41, R42)`, {
      value: asn,
      allowed: AMAZON_SIDE_ASN_ALLOWED,
    }),
  ];
}

/** R44 (Lab decision): a dynamic connection whose customer gateway ASN equals the gateway's ASN is refused. */
export function checkAsnClash(
  customerAsn: number | undefined,
  amazonAsn: number | undefined,
  path: readonly PropertyKey[],
  gatewayId: string,
  customerGatewayId: string,
): ValidationError[] {
  const cgw = customerAsn ?? DEFAULTS.CustomerGatewayBgpAsn;
  const aws = amazonAsn ?? DEFAULTS.AmazonSideAsn;
  if (cgw !== aws) return [];
  return [
    validationError(
      'InvalidParameterCombination',
      path,
      `customer gateway ${customerGatewayId} ASN ${cgw} equals the Amazon-side ASN ${aws} of ${gatewayId}; BGP needs two different ASNs (R44)`,
      { value: cgw, allowed: `a customer gateway ASN other than ${aws}, or static routing` },
    ),
  ];
}
