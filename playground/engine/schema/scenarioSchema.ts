/**
 * The whole scenario file: one zod definition from which the TypeScript types are inferred and
 * the JSON Schema for editors is generated (scenarioJsonSchema.ts).
 */
import * as z from 'zod';
import { MetricAlarmSchema } from './alarmSchema';
import {
  CustomerGatewaySchema,
  DirectConnectGatewaySchema,
  TransitGatewayAttachmentSchema,
  TransitGatewaySchema,
  VpcSchema,
  VpnGatewaySchema,
} from './awsResourcesSchema';
import { CustomerGatewayDeviceSchema, SiteSchema } from './deviceSchema';
import { ScenarioEventSchema } from './eventSchema';
import { VpnConnectionSchema } from './vpnConnectionSchema';

export const ScenarioSchema = z.lazy(() =>
  z
    .strictObject({
      Name: z.string().optional().describe('Short name of the scenario.'),
      Description: z.string().optional().describe('What the scenario shows or what is broken in it.'),
      Region: z
        .string()
        .regex(/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/, { error: 'must be an AWS Region such as us-east-1' })
        .optional()
        .describe('AWS Region; decides reserved customer gateway ASNs (R30). Default us-east-1.'),
      Seed: z
        .number()
        .int()
        .min(0)
        .max(4_294_967_295)
        .optional()
        .describe('Seed of the random generator: same scenario and seed, same run.'),
      CustomerGateways: z.array(CustomerGatewaySchema).optional().describe('Customer gateway resources (R13).'),
      VpnGateways: z.array(VpnGatewaySchema).optional().describe('Virtual private gateways (R8).'),
      TransitGateways: z.array(TransitGatewaySchema).optional().describe('Transit gateways (R11).'),
      TransitGatewayAttachments: z
        .array(TransitGatewayAttachmentSchema)
        .optional()
        .describe('VPC and Direct Connect gateway attachments of transit gateways.'),
      Vpcs: z.array(VpcSchema).optional().describe('VPCs with subnets and route tables.'),
      DirectConnectGateways: z
        .array(DirectConnectGatewaySchema)
        .optional()
        .describe('Direct Connect gateways and links.'),
      VpnConnections: z.array(VpnConnectionSchema).optional().describe('Site-to-Site VPN connections (R3).'),
      CustomerGatewayDevices: z
        .array(CustomerGatewayDeviceSchema)
        .optional()
        .describe('What the customer configured on each device (R14).'),
      Sites: z.array(SiteSchema).optional().describe('On-premises networks and hosts.'),
      Alarms: z.array(MetricAlarmSchema).optional().describe('CloudWatch alarms on VPN metrics.'),
      Events: z.array(ScenarioEventSchema).optional().describe('Timed actions, e.g. a tunnel path failing at 90s.'),
    })
    .describe(
      'A VPN Lab scenario: AWS resources, customer devices, sites and timed events, named as the EC2 API names them.',
    ),
);

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type CustomerGatewaySpec = z.output<typeof CustomerGatewaySchema>;
export type VpnGatewaySpec = z.output<typeof VpnGatewaySchema>;
export type TransitGatewaySpec = z.output<typeof TransitGatewaySchema>;
export type VpcSpec = z.output<typeof VpcSchema>;
