/**
 * Reference tables for the guide pages: metrics (R406–R414), log fields (R376, R377), log output
 * formats (R54, R404) and Health notifications (R422–R427). Docs render these, never copies.
 */
import { LOG_FIELD_ORDER } from './logFormat';
import type { DimensionName, HealthEventTypeCode, MetricName, VpnLogFields } from './types';

export interface MetricDefinition {
  name: MetricName;
  namespace: 'AWS/VPN';
  unit: string;
  dimensions: DimensionName[];
  description: string;
  rules: string[];
}

export const metricDefinitions: readonly MetricDefinition[] = [
  {
    name: 'TunnelState', namespace: 'AWS/VPN', unit: 'Fractional value between 0 and 1', dimensions: ['VpnId', 'TunnelIpAddress'],
    description: 'The state of the tunnels. For static VPNs, 0 indicates DOWN and 1 indicates UP. For BGP VPNs, 1 indicates ESTABLISHED and 0 is used for all other states. For both types of VPNs, values between 0 and 1 indicate at least one tunnel is not UP.',
    rules: ['R408', 'R409'],
  },
  {
    name: 'TunnelDataIn', namespace: 'AWS/VPN', unit: 'Bytes', dimensions: ['VpnId', 'TunnelIpAddress'],
    description: 'The bytes received on the AWS side of the connection through the VPN tunnel from a customer gateway. Each metric data point represents the number of bytes received after the previous data point. Use the Sum statistic to show the total number of bytes received during the period. This metric counts the data after decryption.',
    rules: ['R410', 'R412'],
  },
  {
    name: 'TunnelDataOut', namespace: 'AWS/VPN', unit: 'Bytes', dimensions: ['VpnId', 'TunnelIpAddress'],
    description: 'The bytes sent from the AWS side of the connection through the VPN tunnel to the customer gateway. Each metric data point represents the number of bytes sent after the previous data point. Use the Sum statistic to show the total number of bytes sent during the period. This metric counts the data before encryption.',
    rules: ['R411', 'R412'],
  },
];

export const dimensionDefinitions: readonly { name: DimensionName; description: string; rules: string[] }[] = [
  { name: 'VpnId', description: 'Filters the metric data by the Site-to-Site VPN connection ID.', rules: ['R413'] },
  { name: 'TunnelIpAddress', description: 'Filters the metric data by the IP address of the tunnel for the virtual private gateway.', rules: ['R413'] },
];

/** The lab's datapoint period (R414, Lab decision) and retention (R407). */
export const metricFacts = { periodSeconds: 300, retention: '15 months', rules: ['R407', 'R414'] } as const;

export interface LogFieldDefinition {
  name: keyof VpnLogFields;
  description: string;
  values?: string[];
}

const FIELD_TEXT: Record<keyof VpnLogFields, Omit<LogFieldDefinition, 'name'>> = {
  VpnLogCreationTimestamp: { description: 'Log creation timestamp in human readable format.' },
  VpnConnectionId: { description: 'The VPN connection identifier.' },
  TunnelOutsideIPAddress: { description: 'The external IP of the VPN tunnel that generated the log entry.' },
  TunnelDPDEnabled: { description: 'Dead Peer Detection Protocol Enabled Status (True/False).', values: ['True', 'False'] },
  TunnelCGWNATTDetectionStatus: { description: 'NAT-T detected on customer gateway device (True/False).', values: ['True', 'False'] },
  TunnelIKEPhase1State: { description: 'IKE Phase 1 Protocol State (Established Rekeying Negotiating Down).', values: ['Established', 'Rekeying', 'Negotiating', 'Down'] },
  TunnelIKEPhase2State: { description: 'IKE Phase 2 Protocol State (Established Rekeying Negotiating Down).', values: ['Established', 'Rekeying', 'Negotiating', 'Down'] },
  VpnLogDetail: { description: 'Verbose messages for IPsec, IKE and DPD protocols.' },
};

/** R376 in the guide's order. */
export const logFieldDefinitions: readonly LogFieldDefinition[] = LOG_FIELD_ORDER.map((name) => ({ name, ...FIELD_TEXT[name] }));

export const logOutputFormats = {
  formats: ['json', 'text'] as const,
  defaultWhenEnabled: 'json',
  loggingDefault: 'off',
  rules: ['R54', 'R404'],
} as const;

/** The guide names the notifications but gives no event type codes: the codes are the lab's. */
export const healthEventDefinitions: readonly { code: HealthEventTypeCode; title: string; when: string; rules: string[]; labDefinedCode: true }[] = [
  { code: 'AWS_VPN_TUNNEL_ENDPOINT_REPLACEMENT_SCHEDULED', title: 'Tunnel endpoint replacement notification', when: 'An endpoint replacement is pending on a tunnel with tunnel endpoint lifecycle control on.', rules: ['R127', 'R427'], labDefinedCode: true },
  { code: 'AWS_VPN_TUNNEL_ENDPOINT_REPLACEMENT_COMPLETED', title: 'Tunnel endpoint replacement notification', when: 'A tunnel endpoint replacement is complete (AWS update or customer modification).', rules: ['R423'], labDefinedCode: true },
  { code: 'AWS_VPN_SINGLE_TUNNEL_NOTIFICATION', title: 'monthly VPN single tunnel notification', when: 'One tunnel up and the other down for more than one hour in a UTC day; updated daily, one event per month.', rules: ['R424', 'R425', 'R426'], labDefinedCode: true },
];
