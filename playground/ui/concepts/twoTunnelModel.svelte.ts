export type TunnelStatus = 'UP' | 'DOWN';

export interface TunnelView {
  outsideIp: string;
  status: TunnelStatus;
}

/**
 * State of the concepts diagram. Interim: until the simulation engine lands, this small model
 * applies R6 (AWS sends on one tunnel and moves to the other when it fails) by itself.
 */
export class TwoTunnelModel {
  tunnels = $state<[TunnelView, TunnelView]>([
    { outsideIp: '203.0.113.10', status: 'UP' },
    { outsideIp: '203.0.113.74', status: 'UP' },
  ]);
  message = $state('Both tunnels are UP. AWS sends traffic to your network over tunnel 1.');

  get activeTunnel(): 0 | 1 | null {
    if (this.tunnels[0].status === 'UP') return 0;
    if (this.tunnels[1].status === 'UP') return 1;
    return null;
  }

  toggle(index: 0 | 1): void {
    const t = this.tunnels[index];
    t.status = t.status === 'UP' ? 'DOWN' : 'UP';
    const active = this.activeTunnel;
    this.message =
      active === null
        ? `Tunnel ${index + 1} is ${t.status}. Both tunnels are down: the on-premises network is unreachable.`
        : `Tunnel ${index + 1} is ${t.status}. AWS sends traffic over tunnel ${active + 1}.`;
  }
}
