/**
 * The engine's public surface: the UI, the CLI, labs and docs import only from here.
 */
export { Engine, type EngineOptions } from './engine';
export type { EngineAction, EngineActionType, ActionResult, TunnelSelector } from './model/actions/actionTypes';
export { ACTION_TYPES } from './model/actions/dispatchAction';
export type { EngineSnapshot, ConnectionSnapshot, TunnelSnapshot, DeviceSnapshot } from './model/snapshotTypes';
export type { EngineEvent, EngineEventType, ConnectionState, MedPreference } from './events';
export type { TraceEntry } from './tunnel/tunnelHost';
export { TunnelRig } from './tunnel/tunnelRig';
export { describeVpnConnections, tunnelOptionJson, vgwTelemetryJson } from './describe/describeVpnConnections';
export { describeCustomerGateways, describeVpnGateways, describeTransitGateways } from './describe/describeGateways';
export type { CliJson } from './describe/cliJson';
export { AWS_ORDER, selectPhase1, selectPhase2 } from './ike/proposalSelection';
export { retransmitDelayMs, exchangeTimeoutMs, RETRANSMIT_TRIES, HALF_OPEN_TIMEOUT_MS } from './ike/retransmit';
export { rekeyDelayMs } from './tunnel/rekeySchedule';
export { isoAt, parseDurationMs } from './core/simTime';
export { createRng, type Rng } from './core/seededRandom';
export {
  CONNECTION_CREATION_MS, DELETED_LISTING_MS,
} from './model/connectionFactory';
export { CONNECTION_CHANGE_MS, TUNNEL_CHANGE_MS, AWS_MAINTENANCE_MS, MAINTENANCE_NOTICE_MS } from './model/replacement';
export { AWS_RETRY_MS, DEVICE_RETRY_MS, DPD_IDLE_MS } from './tunnel/saLifecycle';
