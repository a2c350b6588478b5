/** Evaluates one check (and its children for all / any / not) against an engine and its snapshot. */
import type { EngineSnapshot } from '../model/snapshotTypes';
import { missing, ok, type Check, type CheckEngine, type CheckResult } from './checkTypes';
import { checkDeviceSetting, checkOption } from './optionChecks';
import { checkBgp, checkReach, checkRoute } from './routingChecks';
import { checkAlarm, checkLog, checkMetric } from './telemetryChecks';
import { checkConnection, checkTunnel } from './tunnelChecks';

export function evaluateCheck(check: Check, engine: CheckEngine, snapshot: EngineSnapshot = engine.snapshot()): CheckResult {
  const s = snapshot;
  if ('tunnel' in check) return checkTunnel(s, check.tunnel);
  if ('connection' in check) return checkConnection(s, check.connection);
  if ('bgp' in check) return checkBgp(s, check.bgp);
  if ('route' in check) return checkRoute(s, check.route);
  if ('reach' in check) return checkReach(engine, s, check.reach);
  if ('log' in check) return checkLog(s, check.log);
  if ('metric' in check) return checkMetric(s, check.metric);
  if ('alarm' in check) return checkAlarm(s, check.alarm);
  if ('option' in check) return checkOption(s, check.option);
  if ('deviceSetting' in check) return checkDeviceSetting(engine, s, check.deviceSetting);
  if ('all' in check) {
    const results = check.all.map((c) => evaluateCheck(c, engine, s));
    const failed = results.filter((r) => !r.pass);
    return failed.length === 0 ? ok(results.map((r) => r.message).join('; ')) : missing(failed.map((r) => r.message).join('; '));
  }
  if ('any' in check) {
    const results = check.any.map((c) => evaluateCheck(c, engine, s));
    const passed = results.find((r) => r.pass);
    return passed ? ok(passed.message) : missing(`None of these holds yet: ${results.map((r) => r.message).join(' | ')}`);
  }
  const inner = evaluateCheck(check.not, engine, s);
  return inner.pass ? missing(check.message ?? `This must no longer hold: ${inner.message}`) : ok(inner.message);
}

/** Evaluates a task's list of checks; the task is done when every one passes. */
export function evaluateChecks(checks: readonly Check[], engine: CheckEngine, snapshot: EngineSnapshot = engine.snapshot()): { pass: boolean; results: CheckResult[] } {
  const results = checks.map((c) => evaluateCheck(c, engine, snapshot));
  return { pass: results.every((r) => r.pass), results };
}
