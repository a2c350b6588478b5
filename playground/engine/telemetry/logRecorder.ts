/** Turns engine log entries into AWS log records, only for tunnels with logging on (R54, R404). */
import { isoAt } from '../core/simTime';
import { formatLogRecord } from './logFormat';
import { renderLogText } from './logMessages';
import { RingBuffer } from './ringBuffer';
import type { TunnelRegistry } from './tunnelRegistry';
import type { LogOutputFormat, VpnLogEntry, VpnLogFields, VpnLogRecord } from './types';

export class LogRecorder {
  private readonly records: RingBuffer<VpnLogRecord>;

  constructor(
    private readonly tunnels: TunnelRegistry,
    capacity: number,
  ) {
    this.records = new RingBuffer(capacity);
  }

  /** Returns the record written, or undefined when the tunnel does not log. */
  record(e: VpnLogEntry): VpnLogRecord | undefined {
    const info = this.tunnels.ensure(e.vpnConnectionId, e.tunnelOutsideIp);
    const enabled = e.logging?.enabled ?? info.loggingEnabled;
    if (!enabled) return undefined;
    const format: LogOutputFormat = e.logging ? (e.logging.outputFormat ?? 'json') : info.outputFormat;
    const state = { ...info.state, ...e.state };
    const fields: VpnLogFields = {
      VpnLogCreationTimestamp: isoAt(e.t),
      VpnConnectionId: e.vpnConnectionId,
      TunnelOutsideIPAddress: e.tunnelOutsideIp,
      TunnelDPDEnabled: state.dpdEnabled,
      TunnelCGWNATTDetectionStatus: state.natTDetected,
      TunnelIKEPhase1State: state.ikePhase1State,
      TunnelIKEPhase2State: state.ikePhase2State,
      VpnLogDetail: renderLogText(e.messageId, e.details),
    };
    const logGroupArn = e.logging?.logGroupArn ?? info.logGroupArn;
    const rec: VpnLogRecord = {
      t: e.t,
      messageId: e.messageId,
      format,
      ...(logGroupArn !== undefined ? { logGroupArn } : {}),
      fields,
      line: formatLogRecord(fields, format),
    };
    this.records.push(rec);
    return rec;
  }

  all(): VpnLogRecord[] {
    return this.records.toArray();
  }
}
