import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { decodeShareFragment, encodeShareState, MAX_ENCODED_LENGTH, type ShareState } from './shareLink';

const state: ShareState = {
  scenario: 'Name: Single VPN\nVpnConnections: []\n',
  time: 90_000,
  actions: [{ at: 30_000, action: { type: 'FailTunnelPath', VpnConnectionId: 'vpn-1', TunnelIndex: 0 }, label: 'Fail tunnel 1 path' }],
  selection: 'tunnel:vpn-1:0',
  panels: ['log', 'routes'],
  preset: 'single-vgw',
};

const b64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

describe('share links', () => {
  it('round-trip scenario, time, actions and view state', () => {
    const enc = encodeShareState(state);
    expect(enc.ok).toBe(true);
    if (!enc.ok) return;
    expect(decodeShareFragment(`#${enc.fragment}`)).toEqual({ ok: true, state });
  });

  it('links of format 1 made by earlier builds keep working', () => {
    // Built by hand exactly as format 1 is written, so a change of encoder cannot silently break old links.
    const v1 = `s=1.${b64url(deflateSync(strToU8(JSON.stringify({ scenario: 'Name: old', time: 5000 }))))}`;
    const r = decodeShareFragment(v1);
    expect(r).toEqual({ ok: true, state: { scenario: 'Name: old', time: 5000, actions: [], selection: null, panels: [], preset: null } });
  });

  it('a page without a share fragment is not an error', () => {
    expect(decodeShareFragment('#preset=single-vgw')).toBeNull();
  });

  it.each([
    ['truncated', (f: string) => f.slice(0, Math.floor(f.length / 2)), /damaged|cut short/],
    ['without version', (f: string) => f.replace('s=1.', 's='), /format version/],
    ['from a newer version', (f: string) => f.replace('s=1.', 's=9.'), /newer version/],
    ['with foreign characters', (f: string) => `${f}<script>`, /characters/],
    ['oversized', () => `s=1.${'A'.repeat(MAX_ENCODED_LENGTH + 10)}`, /too long/],
  ])('a %s link gives a clear message and never throws', (_name, damage, message) => {
    const enc = encodeShareState(state);
    if (!enc.ok) throw new Error('encode failed');
    const r = decodeShareFragment(damage(enc.fragment));
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(r.message).toMatch(message);
  });

  it('markup in names stays inert text (rendered escaped by the views)', () => {
    const hostile = { ...state, scenario: 'Name: "<img src=x onerror=alert(1)>"' };
    const enc = encodeShareState(hostile);
    if (!enc.ok) throw new Error('encode failed');
    const r = decodeShareFragment(enc.fragment);
    expect(r?.ok && r.state.scenario).toBe(hostile.scenario);
  });

  it('refuses to make a link over the size limit', () => {
    let big = '';
    let seed = 1;
    while (big.length < 60_000) big += ((seed = (seed * 48271) % 2147483647) >>> 0).toString(36);
    const r = encodeShareState({ ...state, scenario: big });
    expect(r.ok).toBe(false);
  });
});
