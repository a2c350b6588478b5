/**
 * Timed events inside a scenario file: `{ At: "90s", Action: { Type: "FailTunnelPath", ... } }`.
 * Action types are the Engine's action names (EC2 API calls and learner faults); their fields
 * use the scenario's PascalCase names and are checked by the Engine when dispatched.
 */
import * as z from 'zod';
import { DURATION_PATTERN, parseDuration } from './duration';

export const EVENT_ACTION_TYPES = [
  // EC2 API calls (R341–R344)
  'CreateVpnConnection',
  'DeleteVpnConnection',
  'ModifyVpnConnection',
  'ModifyVpnConnectionOptions',
  'ModifyVpnTunnelOptions',
  'CreateVpnConnectionRoute',
  'DeleteVpnConnectionRoute',
  'ReplaceVpnTunnel',
  'GetVpnTunnelReplacementStatus',
  'AttachVpnGateway',
  'DetachVpnGateway',
  'EnableVgwRoutePropagation',
  'DisableVgwRoutePropagation',
  'CreateCustomerGateway',
  'DeleteCustomerGateway',
  'CreateVpnGateway',
  'DeleteVpnGateway',
  'CreateTransitGateway',
  'ModifyTransitGateway',
  'DeleteTransitGateway',
  'CreateTransitGatewayVpcAttachment',
  'DeleteTransitGatewayVpcAttachment',
  'ModifyVpnTunnelCertificate',
  // learner faults and device changes
  'FailTunnelPath',
  'RestoreTunnelPath',
  'FailDevice',
  'RestoreDevice',
  'DegradePath',
  'SetFirewallBlock',
  'SetDeviceNat',
  'ConfigureDevice',
  'ConfigureDeviceBgp',
  'ConfigureDeviceInterface',
  // lab-level: on-premises sites of the scenario
  'CreateSite',
  'DeleteSite',
  'TriggerEndpointMaintenance',
  'FailDirectConnect',
  'RestoreDirectConnect',
  'DeviceDeleteSa',
  'DeviceRekey',
  'SetTrafficRate',
  'StartTraffic',
  'StopTraffic',
  'PutMetricAlarm',
] as const;

export const DurationSchema = z.lazy(() =>
  z
    .union([
      z.string().regex(new RegExp(DURATION_PATTERN), { error: 'must be a duration such as 30s, 10m, 2h, 1d or 1h30m' }),
      z.number().nonnegative({ error: 'must be a number of seconds, 0 or more' }),
    ])
    .transform((v) => parseDuration(v) ?? 0)
    .describe('Simulated time: 30s, 10m, 2h, 1d, 1h30m, 500ms, or a number of seconds.'),
);

export const EventActionSchema = z.lazy(() =>
  z
    .looseObject({
      Type: z
        .enum(EVENT_ACTION_TYPES, { error: `must be one of ${EVENT_ACTION_TYPES.join(', ')}` })
        .describe('Engine action to dispatch.'),
    })
    .describe(
      'The action and its fields (e.g. VpnConnectionId, TunnelOutsideIpAddress or TunnelNumber, TunnelOptions).',
    ),
);

export const ScenarioEventSchema = z.lazy(() =>
  z
    .strictObject({
      At: DurationSchema.describe('When the action runs, as simulated time since the start.'),
      Action: EventActionSchema,
      Note: z.string().optional().describe('Why this event is here (shown in the timeline).'),
    })
    .describe('A timed action.'),
);

export type ScenarioEvent = z.output<typeof ScenarioEventSchema>;
