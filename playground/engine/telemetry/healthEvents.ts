/**
 * AWS Health notifications for Site-to-Site VPN (R422–R427).
 * - Tunnel endpoint replacement notification once a replacement completes (R423); an upcoming
 *   replacement is announced only when the tunnel has lifecycle control on (R427, R127).
 * - Monthly VPN single tunnel notification (R424–R426): per UTC day, minutes with exactly one of
 *   a connection's two tunnels UP are summed; more than 60 qualifies. The event is updated daily
 *   (at the end of the UTC day that qualified), one event per calendar month.
 * The guide names no event type codes; the codes here are the lab's own (see reference.ts).
 */
import { SIM_EPOCH_MS } from '../core/simTime';
import type { EndpointReplacementNotice, HealthEvent, TunnelSample } from './types';

export const DAY_MS = 86_400_000;
/** R426: strictly more than one hour. */
export const SINGLE_TUNNEL_THRESHOLD_MS = 3_600_000;

const monthOf = (t: number): string => new Date(SIM_EPOCH_MS + t).toISOString().slice(0, 7);
/** Start (sim ms) of the UTC day containing t. */
export const utcDayStart = (t: number): number => Math.floor((SIM_EPOCH_MS + t) / DAY_MS) * DAY_MS - SIM_EPOCH_MS;

interface ConnectionDay {
  tunnels: Map<string, boolean>;
  lastT: number;
  day: number;
  singleMs: number;
}

export class HealthTracker {
  private readonly events: HealthEvent[] = [];
  private readonly conns = new Map<string, ConnectionDay>();
  /** Connections that qualified in a day whose daily update is still due: day start -> ids. */
  private readonly pending = new Map<number, Set<string>>();
  private readonly monthly = new Map<string, HealthEvent>();
  private nextDailyUpdate: number;
  private seq = 0;

  constructor(startT = 0) {
    this.nextDailyUpdate = utcDayStart(startT) + DAY_MS;
  }

  notifyReplacement(n: EndpointReplacementNotice): void {
    if (n.phase === 'scheduled' && !n.lifecycleControlEnabled) return;
    const scheduled = n.phase === 'scheduled';
    const when = n.autoApplyAfter !== undefined ? ` Maintenance auto applied after ${new Date(SIM_EPOCH_MS + n.autoApplyAfter).toISOString()}.` : '';
    this.events.push({
      arn: this.arn(scheduled ? 'AWS_VPN_TUNNEL_ENDPOINT_REPLACEMENT_SCHEDULED' : 'AWS_VPN_TUNNEL_ENDPOINT_REPLACEMENT_COMPLETED'),
      service: 'VPN',
      eventTypeCode: scheduled ? 'AWS_VPN_TUNNEL_ENDPOINT_REPLACEMENT_SCHEDULED' : 'AWS_VPN_TUNNEL_ENDPOINT_REPLACEMENT_COMPLETED',
      eventTypeCategory: scheduled ? 'scheduledChange' : 'accountNotification',
      title: 'Tunnel endpoint replacement notification',
      description: scheduled
        ? `A tunnel endpoint replacement is available for tunnel ${n.tunnelOutsideIp} of ${n.vpnConnectionId}.${when}`
        : `The tunnel endpoint ${n.tunnelOutsideIp} of ${n.vpnConnectionId} was replaced${n.reason ? ` (${n.reason})` : ''}.`,
      startTime: n.t,
      lastUpdatedTime: n.t,
      statusCode: scheduled ? 'upcoming' : 'closed',
      affectedEntities: [n.vpnConnectionId],
    });
  }

  /** Tunnel states at t; state holds until the next sample. */
  sample(t: number, samples: readonly TunnelSample[]): void {
    this.advance(t);
    for (const s of samples) {
      const c = this.conns.get(s.vpnConnectionId) ?? { tunnels: new Map<string, boolean>(), lastT: t, day: utcDayStart(t), singleMs: 0 };
      if (s.deleted) c.tunnels.delete(s.tunnelOutsideIp);
      else c.tunnels.set(s.tunnelOutsideIp, s.up);
      this.conns.set(s.vpnConnectionId, c);
    }
  }

  /** Integrate single-tunnel time up to t and run the daily updates that fall due. */
  advance(t: number): void {
    while (this.nextDailyUpdate <= t) {
      this.integrate(this.nextDailyUpdate);
      this.dailyUpdate(this.nextDailyUpdate);
      this.nextDailyUpdate += DAY_MS;
    }
    this.integrate(t);
  }

  private integrate(t: number): void {
    for (const [id, c] of this.conns) {
      if (t <= c.lastT) continue;
      const up = [...c.tunnels.values()].filter(Boolean).length;
      // R426: exactly one of two tunnels UP; both DOWN does not count.
      if (c.tunnels.size === 2 && up === 1) c.singleMs += t - c.lastT;
      c.lastT = t;
      if (c.singleMs > SINGLE_TUNNEL_THRESHOLD_MS) {
        const set = this.pending.get(c.day) ?? new Set<string>();
        set.add(id);
        this.pending.set(c.day, set);
      }
      if (utcDayStart(t) !== c.day) {
        c.day = utcDayStart(t);
        c.singleMs = 0;
      }
    }
  }

  private dailyUpdate(at: number): void {
    const ids = this.pending.get(at - DAY_MS);
    this.pending.delete(at - DAY_MS);
    if (!ids || ids.size === 0) return;
    // The day that qualified decides the month's event (R425: one event per month).
    const month = monthOf(at - DAY_MS);
    let ev = this.monthly.get(month);
    if (!ev) {
      ev = {
        arn: this.arn('AWS_VPN_SINGLE_TUNNEL_NOTIFICATION'),
        service: 'VPN',
        eventTypeCode: 'AWS_VPN_SINGLE_TUNNEL_NOTIFICATION',
        eventTypeCategory: 'accountNotification',
        title: 'monthly VPN single tunnel notification',
        description: 'These VPN connections had one tunnel up but the other down for more than one hour in a day. Configure both tunnels for high availability.',
        startTime: at,
        lastUpdatedTime: at,
        statusCode: 'open',
        affectedEntities: [],
      };
      for (const old of this.events) if (old.eventTypeCode === 'AWS_VPN_SINGLE_TUNNEL_NOTIFICATION') old.statusCode = 'closed';
      this.events.push(ev);
      this.monthly.set(month, ev);
    }
    for (const id of ids) if (!ev.affectedEntities.includes(id)) ev.affectedEntities.push(id);
    ev.lastUpdatedTime = at;
  }

  private arn(code: string): string {
    this.seq++;
    return `arn:aws:health:global::event/VPN/${code}/${code}_${String(this.seq).padStart(6, '0')}`;
  }

  all(): HealthEvent[] {
    return this.events.map((e) => ({ ...e, affectedEntities: [...e.affectedEntities] }));
  }
}
