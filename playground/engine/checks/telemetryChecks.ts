/** Log messages (R373–R405), CloudWatch metric values (R406–R413) and alarm states (R415–R417). */
import type { EngineSnapshot } from '../model/snapshotTypes';
import { isLogMessageId, logMessages } from '../telemetry/logMessages';
import { missing, ok, type AlarmCheck, type CheckResult, type CompareOp, type LogCheck, type MetricCheck } from './checkTypes';
import { findConnection, notFound, tunnelsOf } from './connectionRef';

function tunnelIp(s: EngineSnapshot, c: { connection?: LogCheck['connection']; tunnel?: 1 | 2 | undefined }): string | undefined {
  if (c.connection === undefined || c.tunnel === undefined) return undefined;
  const conn = findConnection(s, c.connection);
  return conn ? tunnelsOf(conn, c.tunnel)[0]?.tunnel.outsideIpAddress : undefined;
}

export function checkLog(s: EngineSnapshot, c: LogCheck): CheckResult {
  if (!isLogMessageId(c.messageId)) return missing(`${c.messageId} is not a known log message`);
  const text = logMessages[c.messageId].text;
  const conn = c.connection === undefined ? undefined : findConnection(s, c.connection);
  if (c.connection !== undefined && !conn) return missing(`${notFound(c.connection)}, so it has written no log line "${text}"`);
  const ip = tunnelIp(s, c);
  const where = (vpn: string, tip: string): boolean => (conn === undefined || vpn === conn.id) && (ip === undefined || tip === ip);
  // R373: records exist only for tunnels with logging on; events are what the engine reported either way.
  const inRecords = s.telemetry.logRecords.some((r) => r.messageId === c.messageId && where(r.fields.VpnConnectionId, r.fields.TunnelOutsideIPAddress));
  const inEvents = !c.inRecords && s.lastEvents.some((e) => e.type === 'vpnLog' && e.messageId === c.messageId && where(e.vpnConnectionId, e.tunnelOutsideIp));
  const seen = inRecords || inEvents;
  const scope = `${ip ? `tunnel ${c.tunnel} of ` : ''}${conn?.id ?? 'any connection'}`;
  const want = c.seen ?? true;
  if (seen === want) return ok(`${want ? 'Seen' : 'Not seen'} on ${scope}: "${text}"`);
  return want
    ? missing(`No ${c.inRecords ? 'CloudWatch log record' : 'log line'} "${text}" from ${scope} yet${c.inRecords ? ' (is tunnel logging enabled?)' : ''}`)
    : missing(`${scope} still logs "${text}"`);
}

const compare = (v: number, op: CompareOp, x: number): boolean =>
  op === '<' ? v < x : op === '<=' ? v <= x : op === '=' ? v === x : op === '>=' ? v >= x : v > x;

/** Compares the latest datapoint (R414: one every 300 s) of the connection's or tunnel's stream (R413). */
export function checkMetric(s: EngineSnapshot, c: MetricCheck): CheckResult {
  const conn = findConnection(s, c.connection);
  if (!conn) return missing(`${notFound(c.connection)}, so it has no ${c.name} metric`);
  const ip = tunnelIp(s, c);
  const stream = s.telemetry.metrics.find(
    (m) =>
      m.MetricName === c.name &&
      (ip !== undefined
        ? m.Dimensions.some((d) => d.Name === 'TunnelIpAddress' && d.Value === ip)
        : m.Dimensions.some((d) => d.Name === 'VpnId' && d.Value === conn.id) && !m.Dimensions.some((d) => d.Name === 'TunnelIpAddress')),
  );
  const label = `${c.name} of ${ip ? `tunnel ${c.tunnel} of ` : ''}${conn.id}`;
  const last = stream?.Datapoints[stream.Datapoints.length - 1];
  if (!last) return missing(`${label} has no datapoint yet (one arrives every 5 minutes); it must be ${c.op} ${c.value}`);
  return compare(last.Value, c.op, c.value)
    ? ok(`${label} is ${last.Value} (${c.op} ${c.value})`)
    : missing(`${label} is ${last.Value} in the latest datapoint; it must be ${c.op} ${c.value}`);
}

export function checkAlarm(s: EngineSnapshot, c: AlarmCheck): CheckResult {
  const alarm = s.telemetry.alarms.find((a) => a.spec.AlarmName === c.name);
  if (!alarm) return missing(`There is no alarm named ${c.name}; create it`);
  if (c.ever) {
    const was = alarm.StateValue === c.state || s.telemetry.alarmHistory.some((h) => h.AlarmName === c.name && h.newState === c.state);
    return was ? ok(`Alarm ${c.name} has been in ${c.state}`) : missing(`Alarm ${c.name} has never been in ${c.state} (it is ${alarm.StateValue})`);
  }
  return alarm.StateValue === c.state
    ? ok(`Alarm ${c.name} is ${c.state}`)
    : missing(`Alarm ${c.name} is ${alarm.StateValue}; it must be ${c.state}${alarm.StateReason ? ` (${alarm.StateReason})` : ''}`);
}
