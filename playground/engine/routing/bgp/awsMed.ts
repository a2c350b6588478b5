/**
 * MED values the AWS side advertises. The guide gives no numbers; its JunOS/ScreenOS outputs show
 * the VPC prefix received with MED `100` (R331, R335). Lab decision (derived, for RULES.md):
 * - VGW: the AWS-selected primary tunnel (lowest outside IP, R184) advertises 100, the other 200,
 *   so the primary can be recognised from MED (R192).
 * - While AWS updates one tunnel's endpoint, the other tunnel gets the lower MED (R195, R197).
 * - TGW: the same MED, 100, on every tunnel of the attachment (R194).
 */
import { addressOrder } from '../selection/commonSteps';
import type { Explanation, TunnelView } from '../types';

export const PRIMARY_MED = 100;
export const SECONDARY_MED = 200;

export interface TunnelMed {
  readonly tunnelId: string;
  readonly med: number;
  readonly explanation: Explanation;
}

export function awsTunnelMeds(gateway: 'vgw' | 'tgw', tunnels: readonly TunnelView[]): TunnelMed[] {
  if (gateway === 'tgw') {
    return tunnels.map((t) => ({ tunnelId: t.tunnelId, med: PRIMARY_MED, explanation: { rule: 'R194', text: 'a transit gateway advertises the same MED on all tunnels of a VPN attachment' } }));
  }
  const sorted = [...tunnels].sort((a, b) => (addressOrder(a.tunnelId) < addressOrder(b.tunnelId) ? -1 : 1));
  const maintained = tunnels.find((t) => t.underMaintenance);
  const primary = maintained ? sorted.find((t) => !t.underMaintenance) : sorted[0];
  return tunnels.map((t) => {
    const isPrimary = t === primary;
    const explanation: Explanation = maintained
      ? { rule: 'R195', text: isPrimary ? `AWS is updating ${maintained.tunnelId}: this tunnel advertises the lower MED` : 'tunnel under endpoint update advertises the higher MED' }
      : { rule: 'R192', text: isPrimary ? 'AWS-selected primary tunnel (lowest outside IP) advertises the lower MED' : 'secondary tunnel advertises the higher MED' };
    return { tunnelId: t.tunnelId, med: isPrimary ? PRIMARY_MED : SECONDARY_MED, explanation };
  });
}
