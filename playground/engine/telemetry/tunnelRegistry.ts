/** Last known logging setting and log-relevant state of each tunnel, keyed by outside IP. */
import type { IkePhaseState, LogOutputFormat, TunnelLogState, TunnelSample } from './types';

export interface TunnelInfo {
  vpnConnectionId: string;
  tunnelOutsideIp: string;
  /** R54: off by default. */
  loggingEnabled: boolean;
  /** R54: json when enabled without a format. */
  outputFormat: LogOutputFormat;
  logGroupArn?: string;
  state: TunnelLogState;
}

const DEFAULT_STATE: TunnelLogState = {
  dpdEnabled: true,
  natTDetected: false,
  ikePhase1State: 'Down' as IkePhaseState,
  ikePhase2State: 'Down' as IkePhaseState,
};

export class TunnelRegistry {
  private readonly tunnels = new Map<string, TunnelInfo>();

  get(tunnelOutsideIp: string): TunnelInfo | undefined {
    return this.tunnels.get(tunnelOutsideIp);
  }

  ensure(vpnConnectionId: string, tunnelOutsideIp: string): TunnelInfo {
    let info = this.tunnels.get(tunnelOutsideIp);
    if (!info || info.vpnConnectionId !== vpnConnectionId) {
      info = { vpnConnectionId, tunnelOutsideIp, loggingEnabled: false, outputFormat: 'json', state: { ...DEFAULT_STATE } };
      this.tunnels.set(tunnelOutsideIp, info);
    }
    return info;
  }

  applySample(s: TunnelSample): void {
    if (s.deleted) {
      this.tunnels.delete(s.tunnelOutsideIp);
      return;
    }
    const info = this.ensure(s.vpnConnectionId, s.tunnelOutsideIp);
    if (s.loggingEnabled !== undefined) {
      info.loggingEnabled = s.loggingEnabled;
      if (s.loggingEnabled && s.logOutputFormat === undefined) info.outputFormat = 'json';
    }
    if (s.logOutputFormat !== undefined) info.outputFormat = s.logOutputFormat;
    if (s.logGroupArn !== undefined) info.logGroupArn = s.logGroupArn;
    if (s.dpdEnabled !== undefined) info.state.dpdEnabled = s.dpdEnabled;
    if (s.natTDetected !== undefined) info.state.natTDetected = s.natTDetected;
    if (s.ikePhase1State !== undefined) info.state.ikePhase1State = s.ikePhase1State;
    if (s.ikePhase2State !== undefined) info.state.ikePhase2State = s.ikePhase2State;
  }
}
