import { describe, expect, it } from 'vitest';
import { TwoTunnelModel } from './twoTunnelModel.svelte';

describe('concepts diagram model', () => {
  it('R6: AWS sends on tunnel 1 while it is up', () => {
    const m = new TwoTunnelModel();
    expect(m.activeTunnel).toBe(0);
  });

  it('R5/R6: when tunnel 1 goes down, traffic moves to tunnel 2 and back when it returns', () => {
    const m = new TwoTunnelModel();
    m.toggle(0);
    expect(m.tunnels[0].status).toBe('DOWN');
    expect(m.activeTunnel).toBe(1);
    expect(m.message).toContain('over tunnel 2');
    m.toggle(0);
    expect(m.activeTunnel).toBe(0);
  });

  it('both tunnels down leaves no path and says so', () => {
    const m = new TwoTunnelModel();
    m.toggle(0);
    m.toggle(1);
    expect(m.activeTunnel).toBeNull();
    expect(m.message).toContain('Both tunnels are down');
  });
});
