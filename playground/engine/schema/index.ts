/** Public surface of the scenario schema (ENGINE-SEAMS.md). */
export {
  ScenarioSchema,
  type Scenario,
  type ScenarioInput,
  type CustomerGatewaySpec,
  type VpnGatewaySpec,
  type TransitGatewaySpec,
  type VpcSpec,
} from './scenarioSchema';
export {
  TunnelOptionsSchema,
  type TunnelOptionsSpec,
  type TunnelOptionsInput,
  insideCidrProblem,
  insideIpv6CidrProblem,
  preSharedKeyProblem,
} from './tunnelOptionsSchema';
export { VpnConnectionSchema, VpnConnectionOptionsSchema, type VpnConnectionSpec } from './vpnConnectionSchema';
export {
  CustomerGatewayDeviceSchema,
  SiteSchema,
  type CustomerGatewayDeviceSpec,
  type DeviceTunnelSpec,
  DEVICE_ENCRYPTION_ALGORITHMS,
  DEVICE_INTEGRITY_ALGORITHMS,
  DEVICE_DH_GROUPS,
} from './deviceSchema';
export { ScenarioEventSchema, EVENT_ACTION_TYPES, type ScenarioEvent } from './eventSchema';
export { parseDuration, formatDuration } from './duration';
export {
  resolveTunnelOptions,
  generatePreSharedKey,
  generateInsideCidr,
  generateInsideIpv6Cidr,
  type ResolvedTunnelOptions,
  type ResolveContext,
  type Rng,
} from './resolveTunnelOptions';
export { tunnelOptionCatalog, type TunnelOptionCatalogEntry } from './tunnelOptionCatalog';
export { validateScenario, type ScenarioValidation } from './validateScenario';
export {
  validateTunnelOptionsChange,
  type TunnelChangeContext,
  type TunnelChangeResult,
} from './validateTunnelOptionsChange';
export { checkTunnelRules, effectiveRuleValues, type TunnelRuleContext } from './tunnelOptionRules';
export { checkVpnConnection } from './connectionRules';
export { scenarioLookup, DEFAULT_REGION, type ResourceLookup } from './scenarioLookup';
export { checkCustomerGatewayAsn, checkAmazonSideAsn, checkAsnClash } from './asnRules';
export { vpnQuotas, checkQuotas, type VpnQuota } from './quotas';
export { zodIssuesToErrors } from './zodIssues';
export { validationError, formatPath, type ValidationError } from './validationError';
export * from './optionValues';
export { scenarioJsonSchema, SCENARIO_JSON_SCHEMA_ID } from './scenarioJsonSchema';
