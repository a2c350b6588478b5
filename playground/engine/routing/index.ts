/** Public surface of the routing layer. The Engine imports only from here. */
export * from './types';
export { parsePrefix, insideAddresses, contains, overlaps, containsAddress } from './prefix';
export { PrefixTable } from './prefixTable';
export { routeQuotas, privateIpVpnRouteLimits, tunnelLimits } from './quotas';
// BGP
export { bgpTransition, bgpHealthy, initialBgpSession } from './bgp/bgpFsm';
export type { BgpSession, BgpEvent, BgpEffect, BgpMessage, BgpPeerConfig, BgpState, BgpTimer } from './bgp/bgpFsm';
export { awsBgpTimers, rfc4271BgpTimers, awsGracefulRestart, negotiateTimers } from './bgp/bgpTimers';
export { awsTunnelMeds } from './bgp/awsMed';
export { vgwAdvertisements, tgwAdvertisements, type TunnelAdvertisement } from './bgp/awsAdvertisements';
export { deviceAdvertisements, type DeviceBgpConfig } from './bgp/deviceAdvertisement';
export { acceptFromDevice, type AcceptResult } from './bgp/acceptRoutes';
export type { AdvertisedRoute } from './bgp/bgpRoute';
export type { QuotaExceeded } from './bgp/routeLimits';
// static routes
export { createVpnConnectionRoute, deleteVpnConnectionRoute, staticCandidates, type StaticVpnConnection } from './static/vpnStaticRoutes';
// selection and gateway tables
export { selectRoute, type Decision, type SelectionStep, type Loser, type SelectionPolicy } from './selection/selector';
export { selectVgwRoute, vgwSteps, vgwPolicy } from './selection/vgwSelection';
export { selectTgwRoute, tgwSteps, tgwPolicy } from './selection/tgwSelection';
export { GatewayRib, type RibEntry } from './gateway/gatewayRib';
export { TransitGatewayRouting, type TgwRouteTableSpec } from './gateway/tgwRouteTables';
// customer device
export { buildDeviceRib, type DevicePolicy, type DeviceStaticRoute, type DeviceTunnelInput, type DeviceRibEntry } from './device/deviceRib';
export { selectDeviceRoute, type DeviceCandidate } from './device/deviceSelection';
// VPC
export { buildVpcRouteTable, lookupVpcRoute, DEFAULT_VPC_ROUTE_QUOTA, type VpcRoute, type VpcRouteTableInput } from './vpc/vpcRouteTable';
// architectures
export { cloudHubFindings, privateIpVpnFindings } from './architectureChecks';
// traffic
export { traceFlow, traceRoundTrip, type Flow, type TraceWorld, type TraceResult, type DropCode } from './traffic/pathTrace';
export { mtuTable, mtuFor, SERVICE_MAX } from './traffic/mtuTable';
export { flowHash, pickEcmpMember } from './traffic/ecmpHash';
export { TunnelCounters, tunnelLoad } from './traffic/tunnelCounters';
export { benchTgwFlap, runRoutingBench } from './bench';
