import { describe, expect, it } from 'vitest';
import { resolveTunnelOptions } from './resolveTunnelOptions';
import { validateTunnelOptionsChange, type TunnelChangeContext } from './validateTunnelOptionsChange';

const rng = { next: () => 0.5 };
const current = resolveTunnelOptions({ TunnelInsideCidr: '169.254.44.232/30' }, { rng });
const ctx: TunnelChangeContext = {
  accelerated: false,
  customerGatewayHasIp: true,
  insideIpVersion: 'ipv4',
  gatewayType: 'vgw',
};

describe('validateTunnelOptionsChange (ModifyVpnTunnelOptions)', () => {
  it('R84: with phase 2 = 900 the margin may reach 450 but not 451', () => {
    const shortP2 = validateTunnelOptionsChange(current, { Phase2LifetimeSeconds: 900 }, ctx);
    expect(shortP2.ok).toBe(true); // default margin 270 ≤ 450
    if (!shortP2.ok) return;
    expect(validateTunnelOptionsChange(shortP2.options, { RekeyMarginTimeSeconds: 450 }, ctx).ok).toBe(true);
    const r = validateTunnelOptionsChange(shortP2.options, { RekeyMarginTimeSeconds: 451 }, ctx);
    expect(!r.ok && r.errors[0]?.path).toBe('TunnelOptions.RekeyMarginTimeSeconds');
  });

  it('R84: shrinking phase 2 below twice the current margin is refused and blames phase 2', () => {
    const wide = validateTunnelOptionsChange(current, { RekeyMarginTimeSeconds: 1800 }, ctx);
    expect(wide.ok).toBe(true);
    if (!wide.ok) return;
    const r = validateTunnelOptionsChange(wide.options, { Phase2LifetimeSeconds: 3000 }, ctx);
    expect(!r.ok && r.errors[0]).toMatchObject({ path: 'TunnelOptions.Phase2LifetimeSeconds', value: 3000 });
  });

  it('R84: the same shrink is accepted when the margin changes in the same call', () => {
    const wide = validateTunnelOptionsChange(current, { RekeyMarginTimeSeconds: 1800 }, ctx);
    if (!wide.ok) throw new Error('setup');
    const r = validateTunnelOptionsChange(
      wide.options,
      { Phase2LifetimeSeconds: 3000, RekeyMarginTimeSeconds: 1500 },
      ctx,
    );
    expect(r.ok && r.options.Phase2LifetimeSeconds).toBe(3000);
  });

  it('R76: lowering phase 1 to phase 2 is refused', () => {
    const r = validateTunnelOptionsChange(current, { Phase1LifetimeSeconds: 3600 }, ctx);
    expect(!r.ok && r.errors[0]?.path).toBe('TunnelOptions.Phase1LifetimeSeconds');
  });

  it('R58: an inside CIDR already used on the VGW is refused; on a TGW it warns (R59)', () => {
    const others = new Set(['169.254.10.0/30']);
    const onVgw = validateTunnelOptionsChange(
      current,
      { TunnelInsideCidr: '169.254.10.0/30' },
      { ...ctx, otherInsideCidrs: others },
    );
    expect(onVgw.ok).toBe(false);
    const onTgw = validateTunnelOptionsChange(
      current,
      { TunnelInsideCidr: '169.254.10.0/30' },
      { ...ctx, gatewayType: 'tgw', otherInsideCidrs: others },
    );
    expect(onTgw.ok && onTgw.warnings[0]?.code).toBe('InsideCidrReused');
  });

  it('R372: a refused change reports errors and leaves the current options untouched', () => {
    const before = JSON.stringify(current);
    const r = validateTunnelOptionsChange(current, { DPDTimeoutSeconds: 5, PreSharedKey: '0bad' }, ctx);
    expect(!r.ok && r.errors.length).toBe(2);
    expect(JSON.stringify(current)).toBe(before);
  });

  it('R54: enabling logging without a format gives json', () => {
    const r = validateTunnelOptionsChange(current, { LogOptions: { CloudWatchLogOptions: { LogEnabled: true } } }, ctx);
    expect(r.ok && r.options.LogOptions.CloudWatchLogOptions).toEqual({ LogEnabled: true, LogOutputFormat: 'json' });
  });

  it('uses the given path prefix', () => {
    const r = validateTunnelOptionsChange(current, { ReplayWindowSize: 4096 }, { ...ctx, path: ['TunnelOptions', 1] });
    expect(!r.ok && r.errors[0]?.path).toBe('TunnelOptions[1].ReplayWindowSize');
  });
});
