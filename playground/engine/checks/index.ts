/** Public surface of the lab check language (labs and the lab page import only this). */
export type {
  Check, CheckResult, CheckEngine, CheckKind, ConnectionRef, TunnelRef, ValueMatch,
  TunnelCheck, ConnectionCheck, BgpCheck, RouteCheck, ReachCheck, LogCheck, MetricCheck, AlarmCheck, OptionCheck, DeviceSettingCheck,
} from './checkTypes';
export { CHECK_KINDS } from './checkTypes';
export { parseCheck, parseChecks, type CheckParseError, type ParseCheckResult } from './checkSchema';
export { evaluateCheck, evaluateChecks } from './evaluateCheck';
export { readRouting, ROUTING_UNAVAILABLE, type RoutingView } from './routingView';
