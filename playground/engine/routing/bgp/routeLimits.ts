/**
 * Route quotas at the receiving end (R437–R442). R442 Lab decision: routes beyond the quota are
 * not accepted — the first ones received are kept — and a quota event names the quota and its
 * value. The session itself stays up.
 */
import type { RouteQuota } from '../quotas';

export interface QuotaExceeded {
  readonly quota: string;
  readonly value: number;
  readonly received: number;
  readonly rule: 'R442';
  readonly message: string;
}

export function applyRouteQuota<T>(routes: readonly T[], quota: RouteQuota): { kept: T[]; dropped: T[]; exceeded?: QuotaExceeded } {
  if (routes.length <= quota.value) return { kept: [...routes], dropped: [] };
  return {
    kept: routes.slice(0, quota.value),
    dropped: routes.slice(quota.value),
    exceeded: {
      quota: quota.name,
      value: quota.value,
      received: routes.length,
      rule: 'R442',
      message: `${routes.length} routes received; quota "${quota.name}" is ${quota.value}: routes beyond the first ${quota.value} are not accepted`,
    },
  };
}
